using Convert.Core.Model;

namespace Convert.Core.Writing.Json;

/// <summary>Maps the model to the JSON format's DTOs.</summary>
internal static class ArticleToDto
{
    public const int SchemaVersion = 1;

    public static ArticleDto Map(Article article) => new(
        SchemaVersion,
        article.Title,
        Map(article.Metadata),
        [.. article.Body.Select(Map)],
        [.. article.Authors.Select(Map)],
        [.. article.Removals.Select(r => new RemovalDto(r.RuleId, r.Category, r.Text, Map(r.Source)))],
        [.. article.Warnings.Select(w => new WarningDto(w.Code, w.Message, w.Source is null ? null : Map(w.Source)))],
        article.Subtitle);

    private static MetadataDto Map(ArticleMetadata m) => new(
        m.SourcePath, m.SourceUrl, m.SiteName, m.Language, m.Published, m.Byline,
        m.RepublishedFrom, m.RepublishedNote, [.. m.Tags]);

    private static BlockDto Map(Block block) => block switch
    {
        Paragraph p => new ParagraphDto(p.PlainText, Map(p.Source), RunsIfFormatted(p.Runs)),
        // The model folds deeper headings into 3; clamping here keeps the output valid even if a reader did not.
        Heading h => new HeadingDto(Math.Clamp(h.Level, 1, 3), h.PlainText, Map(h.Source), RunsIfFormatted(h.Runs)),
        ListBlock l => new ListDto(l.Ordered, [.. l.Items.Select(i => new ListItemDto(i.PlainText, RunsIfFormatted(i.Runs)))], Map(l.Source)),
        Quote q => new QuoteDto(q.PlainText, Map(q.Source), RunsIfFormatted(q.Runs)),
        _ => throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(block)),
    };

    private static AuthorDto Map(Author a) => new(
        a.Name, a.Honorific, a.Role, [.. a.Bio], [.. a.Links.Select(l => new AuthorLinkDto(l.Kind, l.Label, l.Url))]);

    /// <summary>Null for <see cref="SourceSpan.None"/>; otherwise only the parts that are known.</summary>
    internal static SourceDto? Map(SourceSpan span)
    {
        var path = string.IsNullOrEmpty(span.ElementPath) ? null : span.ElementPath;
        var hasLines = span.StartLine > 0 && span.EndLine > 0;
        if (!hasLines && path is null)
            return null;
        return new SourceDto(hasLines ? span.StartLine : null, hasLines ? span.EndLine : null, path);
    }

    /// <summary>Plain blocks carry only "text"; runs are written when they say something the text does not.</summary>
    private static List<RunDto>? RunsIfFormatted(IReadOnlyList<Run> runs) =>
        runs.Any(r => r.Bold || r.Italic || r.LinkUrl is not null || r.Language is not null)
            ? [.. runs.Select(r => new RunDto(r.Text, r.Bold, r.Italic, r.LinkUrl, r.Language))]
            : null;
}
