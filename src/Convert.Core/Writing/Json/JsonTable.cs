using Convert.Core.Model;

namespace Convert.Core.Writing.Json;

/// <summary>Reads a table block back, checking what the schema cannot: header rows and spans that fit the table.</summary>
internal static class JsonTable
{
    public delegate List<Run> RunsReader(string text, IReadOnlyList<RunDto>? runs, string path);

    public static Table Read(TableDto dto, string path, RunsReader runs, SourceSpan source)
    {
        if (dto.Rows.Count == 0)
            throw new JsonArticleFormatException(path + ".rows", "a table has at least one row");
        if (dto.HeaderRows < 0 || dto.HeaderRows > dto.Rows.Count)
            throw new JsonArticleFormatException(path + ".headerRows", $"headerRows must be 0 to {dto.Rows.Count}, not {dto.HeaderRows}");
        var rows = new List<TableRow>(dto.Rows.Count);
        for (var r = 0; r < dto.Rows.Count; r++)
        {
            var rowPath = $"{path}.rows[{r}]";
            if (dto.Rows[r].Cells.Count == 0)
                throw new JsonArticleFormatException(rowPath + ".cells", "a row has at least one cell");
            rows.Add(new TableRow([.. dto.Rows[r].Cells.Select((cell, c) => Cell(cell, $"{rowPath}.cells[{c}]", runs))]));
        }

        var caption = dto.Caption is null ? [] : runs(dto.Caption, dto.CaptionRuns, path + ".caption");
        var table = new Table(rows, dto.HeaderRows, caption, source);
        if (TableGrid.Of(table).Columns > Table.MaxColumns)
            throw new JsonArticleFormatException(path + ".rows", $"a table has at most {Table.MaxColumns} columns");
        return table;
    }

    private static TableCell Cell(TableCellDto cell, string path, RunsReader runs) =>
        new(runs(cell.Text, cell.Runs, path), Span(cell.ColSpan, path + ".colSpan"), Span(cell.RowSpan, path + ".rowSpan"));

    private static int Span(int? span, string path) => span switch
    {
        null => 1,
        < 1 or > Table.MaxSpan => throw new JsonArticleFormatException(path, $"a span is 1 to {Table.MaxSpan}, not {span}"),
        _ => span.Value,
    };
}
