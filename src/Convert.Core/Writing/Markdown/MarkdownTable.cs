using System.Net;
using System.Text;
using Convert.Core.Model;

namespace Convert.Core.Writing.Markdown;

/// <summary>
/// A table in Markdown: a pipe table (GitHub's and pandoc's) when pipes can say it all, that is one header row, no
/// spans and no line breaks in cells; otherwise an HTML table, which CommonMark passes through. The caption is a
/// "Table: ..." line above a pipe table (pandoc reads it as the caption), the &lt;caption&gt; of an HTML one.
/// </summary>
internal static class MarkdownTable
{
    public static string Of(Table table)
    {
        var grid = TableGrid.Of(table);
        return FitsPipes(table, grid) ? Pipes(table, grid) : Html(table, grid);
    }

    private static bool FitsPipes(Table table, TableGrid grid) =>
        table.HeaderRows == 1 && grid.IsSimple
        && !table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Runs).Any(r => r.Text.Contains('\n', StringComparison.Ordinal) || (r.Code && r.Text.Contains('|', StringComparison.Ordinal)));

    private static string Pipes(Table table, TableGrid grid)
    {
        var lines = new List<string>();
        if (table.HasCaption)
            lines.AddRange(["Table: " + TextDocumentLine(MarkdownText.Inline(table.Caption)), ""]);
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var cells = grid.Rows[r].Select(slot => slot.Cell is { } cell ? MarkdownText.Inline(cell.Runs).Trim() : "");
            lines.Add("| " + string.Join(" | ", cells) + " |");
            if (r == 0)
                lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", grid.Columns)));
        }
        return string.Join('\n', lines);
    }

    // A caption is one line: a hard break would end the caption paragraph before the table.
    private static string TextDocumentLine(string inline) => inline.Replace("\\\n", " ", StringComparison.Ordinal);

    private static string Html(Table table, TableGrid grid)
    {
        var html = new StringBuilder("<table>\n");
        if (table.HasCaption)
            html.Append("<caption>").Append(HtmlRuns(table.Caption)).Append("</caption>\n");
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            if (r == 0 && table.HeaderRows > 0)
                html.Append("<thead>\n");
            if (r == table.HeaderRows)
                html.Append("<tbody>\n");
            var tag = r < table.HeaderRows ? "th" : "td";
            html.Append("<tr>");
            foreach (var slot in grid.Rows[r].Where(s => s.Kind != GridSlotKind.RowSpanContinued))
            {
                html.Append('<').Append(tag);
                if (slot.ColumnSpan > 1)
                    html.Append(" colspan=\"").Append(slot.ColumnSpan).Append('"');
                if (slot.RowSpan > 1)
                    html.Append(" rowspan=\"").Append(slot.RowSpan).Append('"');
                html.Append('>').Append(slot.Cell is { } cell ? HtmlRuns(cell.Runs) : "").Append("</").Append(tag).Append('>');
            }
            html.Append("</tr>\n");
            if (r == table.HeaderRows - 1)
                html.Append("</thead>\n");
        }
        if (grid.Rows.Count > table.HeaderRows)
            html.Append("</tbody>\n");
        return html.Append("</table>").ToString();
    }

    // Inside an HTML block Markdown is not read, so formatting is written as HTML too.
    private static string HtmlRuns(IReadOnlyList<Run> runs)
    {
        var html = new StringBuilder();
        foreach (var run in runs)
        {
            var text = WebUtility.HtmlEncode(run.Text).Replace("\n", "<br>", StringComparison.Ordinal);
            if (run.Code)
                text = $"<code>{text}</code>";
            if (run.Italic)
                text = $"<em>{text}</em>";
            if (run.Bold)
                text = $"<strong>{text}</strong>";
            text = run.Position switch
            {
                RunPosition.Subscript => $"<sub>{text}</sub>",
                RunPosition.Superscript => $"<sup>{text}</sup>",
                _ => text,
            };
            if (run.LinkUrl is not null)
                text = $"<a href=\"{WebUtility.HtmlEncode(run.LinkUrl)}\">{text}</a>";
            html.Append(text);
        }
        return html.ToString();
    }
}
