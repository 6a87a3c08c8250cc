using Convert.Core.Model;

namespace Convert.Tests.Writing;

/// <summary>Tables the writers must keep: a simple one with a header row, and one with spans, breaks and no header.</summary>
internal static class TableArticles
{
    private static readonly SourceSpan At = SourceSpan.None;

    private static TableRow Row(params string[] cells) => new([.. cells.Select(c => new TableCell(c))]);

    public static Table Simple => new(
        [Row("Day", "High water"), Row("Mon", "4.1 m"), new TableRow([new TableCell("Tue"), new TableCell([new Run("4.3", Bold: true), Run.Plain(" m")])])],
        HeaderRows: 1, [Run.Plain("Tides at the "), new Run("north quay", Italic: true)], At);

    /// <summary>Row 1: "left" spans two rows, "wide" two columns; row 2 has a line break; row 3 is one cell short.</summary>
    public static Table Spanned => new(
        [
            Row("A", "B", "C"),
            new TableRow([new TableCell([Run.Plain("left")], RowSpan: 2), new TableCell([Run.Plain("wide")], ColumnSpan: 2)]),
            new TableRow([new TableCell("one\ntwo"), new TableCell("x")]),
            Row("1", "2"),
        ],
        HeaderRows: 1, [], At);

    public static Article With(params Block[] body) => new()
    {
        Title = "Harbour tables",
        Metadata = new ArticleMetadata { Language = "en" },
        Body = [new Paragraph("Counts from the harbour office.", At), .. body],
    };
}
