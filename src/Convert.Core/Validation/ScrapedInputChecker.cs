using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Validation;

/// <summary>
/// Checks a scraped input (.txt or .html) by converting it: what a person should fix (no or short body, mojibake)
/// or know (what cleaning removed, clutter-like lines it kept, a bios section with no author, a cut-off ending).
/// </summary>
public static class ScrapedInputChecker
{
    public static void Check(ReadOnlySpan<byte> input, InputFormat format, ValidationSettings settings, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        Article article;
        string? decodedText;
        try
        {
            // The conversion's own decoding (with the page's declared charset) is what the mojibake check reads.
            (article, decodedText) = settings.Convert(input, new ConversionOptions { SourcePath = findings.File, Format = format });
        }
        catch (InputFormatException e)
        {
            findings.Add(ValidationRules.Unreadable, $"The input cannot be read: {e.Message}.");
            return;
        }

        if (decodedText is not null)
            Mojibake.Report(decodedText, findings);
        ControlCharacterCheck.ReportInput(input, format == InputFormat.Html, findings);
        foreach (var removal in article.Removals)
            findings.Add(ValidationRules.ClutterRemoved, $"Removed \"{ArticleChecks.Shorten(removal.Text)}\" (cleaning rule {removal.RuleId}).", removal.Source.StartLine, null, removal.Source.ElementPath);
        foreach (var miss in article.NearMisses)
            findings.Add(ValidationRules.PossibleClutter, $"\"{ArticleChecks.Shorten(miss.Text)}\" looks like clutter (cleaning rule {miss.RuleId}) but was kept: {miss.Reason}.", miss.Source.StartLine, null, miss.Source.ElementPath);
        foreach (var warning in article.Warnings)
        {
            var rule = warning.Code == WarningCodes.AuthorSectionWithoutAuthor
                ? ValidationRules.BiosWithoutAuthor
                : ValidationRules.ConversionWarning;
            findings.Add(rule, warning.Message, warning.Source?.StartLine is > 0 ? warning.Source.StartLine : null, null, warning.Source?.ElementPath);
        }

        PageTypeCheck.Report(article.Metadata, findings);
        if (!ArticleChecks.HasBody(article, findings))
            return;
        BlockLocator locate = i => (article.Body[i].Source.StartLine, article.Body[i].Source.ElementPath);
        ArticleChecks.ShortBody(article, settings.MinWords, findings);
        ArticleChecks.Truncation(article, locate, findings);
        ArticleChecks.DuplicateParagraphs(article, locate, findings);
        var body = article.Body.Select(b => new TextItem(b.PlainText, b.Source.StartLine > 0 ? b.Source.StartLine : null, b.Source.ElementPath)).ToList();
        CommentThreadCheck.Run(body, settings.Clutter, findings);
    }
}
