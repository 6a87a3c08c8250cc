using Convert.Core.Model;

namespace Convert.Core.Writing.Json;

/// <summary>Maps the model to the JSON format's DTOs.</summary>
internal static class ArticleToDto
{
    /// <summary>The newest version this tool writes and reads.</summary>
    public const int SchemaVersion = 2;

    /// <summary>
    /// The lowest version that can hold the article: 2 when it has a code block, a table or a figure, else 1, so a reader
    /// written for version 1 keeps reading every document it can understand.
    /// </summary>
    public static int VersionFor(Article article) => article.Body.Any(IsVersion2Block) ? 2 : 1;

    /// <summary>True for the block types version 1 does not have.</summary>
    public static bool IsVersion2Block(Block block) => block is CodeBlock or Table or Figure;

    public static ArticleDto Map(Article article) => new(
        VersionFor(article),
        article.Title,
        Map(article.Metadata),
        [.. article.Body.Select(Map)],
        [.. article.Authors.Select(Map)],
        [.. article.Removals.Select(r => new RemovalDto(r.RuleId, r.Category, r.Text, Map(r.Source)))],
        [.. article.Warnings.Select(w => new WarningDto(w.Code, w.Message, w.Source is null ? null : Map(w.Source)))],
        article.Subtitle,
        article.Record?.Id,
        article.Record?.Url);

    private static MetadataDto Map(ArticleMetadata m) => new(
        m.SourcePath, m.SourceUrl, m.SiteName, m.Language, m.Published, m.Byline,
        m.RepublishedFrom, m.RepublishedNote, [.. m.Tags], m.PageType);

    private static BlockDto Map(Block block) => block switch
    {
        Paragraph p => new ParagraphDto(p.PlainText, Map(p.Source), RunsIfFormatted(p.Runs)),
        // The model folds deeper headings into 3; clamping here keeps the output valid even if a reader did not.
        Heading h => new HeadingDto(Math.Clamp(h.Level, 1, 3), h.PlainText, Map(h.Source), RunsIfFormatted(h.Runs)),
        ListBlock l => new ListDto(l.Ordered, [.. l.Items.Select(i => Map(i, l.Ordered))], Map(l.Source), l.Ordered && l.Start != 1 ? l.Start : null),
        Quote q => new QuoteDto(q.PlainText, Map(q.Source), RunsIfFormatted(q.Runs)),
        CodeBlock c => new CodeDto(c.Text, c.Language, Map(c.Source)),
        Table t => new TableDto(t.HasCaption ? t.CaptionText : null, t.HeaderRows,
            [.. t.Rows.Select(r => new TableRowDto([.. r.Cells.Select(Map)]))], Map(t.Source), t.HasCaption ? RunsIfFormatted(t.Caption) : null),
        Figure f => new FigureDto(f.PlainText, f.HasCaption ? f.CaptionText : null, f.HasCredit ? f.CreditText : null,
            f.AltText, f.ImageUrl, f.LocalImage?.RelativePath, Map(f.Source),
            f.HasCaption ? RunsIfFormatted(f.Caption) : null, f.HasCredit ? RunsIfFormatted(f.Credit) : null),
        _ => throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(block)),
    };

    // "level" only for nested items, "ordered" only where a nested item's list differs from the outer one.
    private static ListItemDto Map(ListItem item, bool listOrdered) => new(
        item.PlainText, RunsIfFormatted(item.Runs), item.Level > 0 ? item.Level : null,
        item.Level > 0 && item.Ordered is { } ordered && ordered != listOrdered ? ordered : null);

    private static TableCellDto Map(TableCell cell) => new(
        cell.PlainText, RunsIfFormatted(cell.Runs), cell.ColumnSpan > 1 ? cell.ColumnSpan : null, cell.RowSpan > 1 ? cell.RowSpan : null);

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
        runs.Any(r => r.Bold || r.Italic || r.LinkUrl is not null || r.Language is not null || r.Position != RunPosition.Baseline || r.Code)
            ? [.. runs.Select(r => new RunDto(r.Text, r.Bold, r.Italic, r.LinkUrl, r.Language, PositionName(r.Position), r.Code))]
            : null;

    internal static string? PositionName(RunPosition position) => position switch
    {
        RunPosition.Subscript => "subscript",
        RunPosition.Superscript => "superscript",
        _ => null,
    };
}
