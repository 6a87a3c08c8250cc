using System.Globalization;
using System.Text;
using Convert.Core.Model;

namespace Convert.Core.Writing.Text;

/// <summary>
/// A table as plain text: the caption on its own line, then the rows with their columns aligned (padded to the
/// widest cell, two spaces apart), a line of dashes under the header rows. A cell's line breaks become spaces; a
/// cell spanning columns takes their width together, and the slots a row span covers are left blank.
/// </summary>
internal static class TextTable
{
    private const string Gap = "  ";

    public static string Of(Table table)
    {
        var grid = TableGrid.Of(table);
        var texts = grid.Rows.Select(row => row.Select(slot => slot.Cell is { } cell ? TextDocument.OneLine(PlainScripts.Text(cell.Runs)) : "").ToList()).ToList();
        var widths = Widths(grid, texts);
        var lines = new List<string>();
        if (table.HasCaption)
            lines.Add(TextDocument.OneLine(PlainScripts.Text(table.Caption)));
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var line = new StringBuilder();
            for (var s = 0; s < grid.Rows[r].Count; s++)
            {
                var slot = grid.Rows[r][s];
                if (s > 0)
                    line.Append(Gap);
                line.Append(texts[r][s]).Append(' ', Math.Max(SpanWidth(widths, slot) - Width(texts[r][s]), 0));
            }
            lines.Add(line.ToString().TrimEnd());
            if (r == table.HeaderRows - 1)
                lines.Add(string.Join(Gap, widths.Select(w => new string('-', Math.Max(w, 1)))));
        }
        return string.Join('\n', lines);
    }

    private static int[] Widths(TableGrid grid, List<List<string>> texts)
    {
        var widths = new int[grid.Columns];
        // Single-column cells first; then a spanning cell widens the last of its columns when it needs more room.
        foreach (var spanning in (ReadOnlySpan<bool>)[false, true])
        {
            for (var r = 0; r < grid.Rows.Count; r++)
            {
                for (var s = 0; s < grid.Rows[r].Count; s++)
                {
                    var slot = grid.Rows[r][s];
                    if (slot.ColumnSpan > 1 != spanning)
                        continue;
                    var missing = Width(texts[r][s]) - SpanWidth(widths, slot);
                    if (missing > 0)
                        widths[slot.Column + slot.ColumnSpan - 1] += missing;
                }
            }
        }
        return widths;
    }

    private static int SpanWidth(int[] widths, GridSlot slot) =>
        widths.Skip(slot.Column).Take(slot.ColumnSpan).Sum() + (Gap.Length * (slot.ColumnSpan - 1));

    private static int Width(string text) => new StringInfo(text).LengthInTextElements;
}
