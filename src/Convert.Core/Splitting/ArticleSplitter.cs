using Convert.Core.Cleaning;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Splitting;

/// <summary>
/// Splits cleaned text into an <see cref="Article"/>: title, byline and date from the top; author names, roles and
/// bios from the tail (after an end-of-body marker) and from the end of the body; the rest is body, structured into
/// paragraphs, headings, lists and quotes. When a block cannot be placed with confidence it stays in the body
/// and a warning says so: article text is never dropped.
/// </summary>
public static class ArticleSplitter
{
    /// <summary>How the warning about an author section that gave no author starts.</summary>
    public const string NoAuthorWarningStart = "The author section at ";

    /// <param name="cleaned">What cleaning left.</param>
    /// <param name="options">Title override and what is known from outside the text.</param>
    /// <param name="structure">
    /// Turns the body's text blocks into model blocks; by default the text's own shape decides (headings, lists,
    /// quotes). The HTML reader passes the blocks it built from the markup instead.
    /// </param>
    public static Article Split(CleanedText cleaned, SplitOptions options, Func<IReadOnlyList<TextBlock>, IReadOnlyList<Block>>? structure = null)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        ArgumentNullException.ThrowIfNull(options);
        var blocks = cleaned.Blocks;
        var tailStart = Math.Clamp(cleaned.TailStart, 0, blocks.Count);
        var head = ArticleHead.Read(blocks, tailStart, options.DetectTitle);
        var byline = head.Byline ?? KnownByline(options.KnownByline);
        var bylineNames = byline?.Names ?? [];
        var warnings = new List<string>(cleaned.Warnings);

        var body = Enumerable.Range(0, tailStart).Where(i => !head.ConsumedBlocks.Contains(i)).Select(i => blocks[i]).ToList();
        var authors = new List<AuthorDraft>();
        if (TrailingAuthorFinder.Find(body, bylineNames) is { } trailing)
        {
            authors.AddRange(trailing.Section.Authors);
            body.RemoveRange(trailing.Start, body.Count - trailing.Start);
        }

        var tail = blocks.Skip(tailStart).ToList();
        if (tail.Count > 0)
        {
            var evidence = new AuthorEvidence(bylineNames, BodyVocabulary.Of(body))
            {
                AuthorHeadingLines = cleaned.Removals.Where(r => r.Category == AuthorHeading.RuleCategory).Select(r => r.Source.EndLine).ToList(),
            };
            var section = new AuthorSectionParser(evidence, strict: false).Parse(tail);
            authors.AddRange(section.Authors);
            body.AddRange(section.NotAuthorBlocks);
            if (section.NotAuthorBlocks.Count > 0)
            {
                warnings.Add(KeptInBodyWarning(section.NotAuthorBlocks, options.SourceUnit));
            }
            if (section.Authors.Count == 0)
            {
                warnings.Add($"{NoAuthorWarningStart}{Range(options.SourceUnit, tail[0].StartLine, tail[^1].EndLine)} gave no author.");
            }
        }

        var metadata = cleaned.Metadata with
        {
            Byline = byline?.Raw ?? cleaned.Metadata.Byline,
            // A known byline's date counts like one on a byline line of the text.
            Published = head.Published ?? byline?.Published ?? cleaned.Metadata.Published,
        };
        return new Article
        {
            Title = string.IsNullOrWhiteSpace(options.TitleOverride) ? head.Title : options.TitleOverride.Trim(),
            Subtitle = head.Subtitle,
            Body = (structure ?? BodyStructurer.Structure)(body),
            Authors = AuthorMerger.Merge(byline, authors),
            Metadata = metadata,
            Removals = cleaned.Removals,
            NearMisses = cleaned.NearMisses,
            Warnings = warnings,
        };
    }

    private static Byline? KnownByline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        // As written first ("By Jane Doe", "Von Katrin Wolff"), else as names alone ("Jane Doe, John Roe").
        var parsed = BylineParser.TryParse(trimmed) ?? BylineParser.TryParse("By " + trimmed);
        return parsed is null ? null : parsed with { Raw = trimmed };
    }

    private static string Range(string unit, int start, int end) => start == end ? $"{unit} {start}" : $"{unit}s {start}-{end}";

    // One warning for all of them: a long tail must not bury the reader in thousands of lines.
    private static string KeptInBodyWarning(IReadOnlyList<TextBlock> blocks, string unit)
    {
        const int Listed = 5;
        var ranges = string.Join(", ", blocks.Take(Listed).Select(b => b.StartLine == b.EndLine ? $"{b.StartLine}" : $"{b.StartLine}-{b.EndLine}"));
        var more = blocks.Count > Listed ? $" and {blocks.Count - Listed} more blocks" : "";
        var noun = blocks is [var only] && only.StartLine == only.EndLine ? unit : unit + "s";
        return $"Text after the end of the article was not recognised as author information and was kept in the body ({noun} {ranges}{more}).";
    }
}
