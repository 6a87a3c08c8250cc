namespace Convert.Core.Model;

/// <summary>
/// A table of data: rows of cells in reading order, the leading header rows, and the caption printed with it.
/// A cell may span columns and rows (HTML's colspan and rowspan); <see cref="TableGrid"/> places the cells on the grid.
/// </summary>
/// <param name="Rows">The rows, top to bottom; each has at least one cell.</param>
/// <param name="HeaderRows">How many of the first rows are header rows (repeated on each printed page).</param>
/// <param name="Caption">The caption (HTML's &lt;caption&gt;); empty when the table has none.</param>
/// <param name="Source">Where the table came from.</param>
public sealed record Table(IReadOnlyList<TableRow> Rows, int HeaderRows, IReadOnlyList<Run> Caption, SourceSpan Source) : Block(Source)
{
    /// <summary>The most columns a table may have (Word's limit).</summary>
    public const int MaxColumns = 63;

    /// <summary>The longest span a cell may have, across columns or down rows.</summary>
    public const int MaxSpan = 1000;

    public string CaptionText => Join(Caption);

    public bool HasCaption => !string.IsNullOrWhiteSpace(CaptionText);

    /// <summary>
    /// One line per part a cleaning rule may look at or drop: the caption when there is one, then each row as its
    /// cells' text joined by " | " (how a text scrape of the page would read it).
    /// </summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            var lines = new List<string>(Rows.Count + 1);
            if (HasCaption)
                lines.Add(OneLine(CaptionText));
            lines.AddRange(Rows.Select(RowLine));
            return lines;
        }
    }

    public override string PlainText => string.Join("\n", Lines);

    /// <summary>The caption's runs, then every cell's, row by row.</summary>
    public IEnumerable<Run> AllRuns => Caption.Concat(Rows.SelectMany(r => r.Cells).SelectMany(c => c.Runs));

    /// <summary>The same table with <paramref name="map"/> applied to the runs of the caption and of every cell.</summary>
    public Table MapRuns(Func<IReadOnlyList<Run>, IReadOnlyList<Run>> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            Caption = map(Caption),
            Rows = Rows.Select(r => new TableRow(r.Cells.Select(c => c with { Runs = map(c.Runs) }).ToList())).ToList(),
        };
    }

    /// <summary>A row as one line: its non-empty cells joined by " | ".</summary>
    public static string RowLine(TableRow row) =>
        string.Join(" | ", row.Cells.Select(c => OneLine(c.PlainText)).Where(t => t.Length > 0));

    private static string OneLine(string text) => text.Replace('\n', ' ').Trim();
}

/// <summary>One row of a table.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>One cell of a table, with its formatted text ("\n" for a line break) and how far it spans.</summary>
public sealed record TableCell(IReadOnlyList<Run> Runs, int ColumnSpan = 1, int RowSpan = 1)
{
    public TableCell(string text) : this([Run.Plain(text)]) { }

    public string PlainText => Block.Join(Runs);
}
