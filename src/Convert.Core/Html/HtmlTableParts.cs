using System.Globalization;

namespace Convert.Core.Html;

/// <summary>
/// The parts of a data table in reading order: its caption, its rows (a &lt;thead&gt;'s first, then the body's, a
/// &lt;tfoot&gt;'s last, as browsers render them), which leading rows are header rows (those in &lt;thead&gt; or made
/// of &lt;th&gt; cells only), and each cell's colspan and rowspan as HTML reads them.
/// </summary>
internal static class HtmlTableParts
{
    public static PageNode? Caption(PageNode table) => table.Descendants().FirstOrDefault(n => n.Tag == "caption");

    /// <summary>The rows in rendering order, each with whether it is a header row.</summary>
    public static List<(PageNode Row, bool Header)> Rows(PageNode table)
    {
        var rows = table.Descendants().Where(n => n.Tag == "tr").ToList();
        var head = rows.Where(r => r.HasAncestor("thead")).ToList();
        var foot = rows.Where(r => r.HasAncestor("tfoot")).ToList();
        var ordered = head.Concat(rows.Except(head).Except(foot)).Concat(foot).ToList();
        return ordered.Select(r => (r, head.Contains(r) || IsAllHeaderCells(r))).ToList();
    }

    public static IEnumerable<PageNode> Cells(PageNode row) => row.Children.Where(c => !c.Removed && c.Tag is "td" or "th");

    /// <summary>The cell's span from its attribute: 1 when absent or unreadable, at most <paramref name="max"/>.</summary>
    public static int Span(PageNode cell, string attribute, int max) =>
        int.TryParse(cell.Attribute(attribute)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span >= 1
            ? Math.Min(span, max)
            : 1;

    private static bool IsAllHeaderCells(PageNode row)
    {
        var cells = Cells(row).ToList();
        return cells.Count > 0 && cells.All(c => c.Tag == "th");
    }
}
