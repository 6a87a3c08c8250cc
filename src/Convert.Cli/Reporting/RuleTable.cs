using System.Text;
using Convert.Core.Cleaning;

namespace Convert.Cli.Reporting;

/// <summary>Renders rules as a plain table with aligned columns and no trailing spaces.</summary>
internal static class RuleTable
{
    private const string ColumnGap = "  ";

    // A weak rule fires only outside the body or next to other clutter; the table says so.
    private static string Scope(Rule rule) =>
        rule.Scope.ToString().ToLowerInvariant() + (rule.Weak ? " (weak)" : "");

    public static string Format(IReadOnlyList<Rule> rules)
    {
        string[][] rows =
        [
            ["ID", "CATEGORY", "ACTION", "SCOPE", "DESCRIPTION"],
            .. rules.Select(r => new[]
            {
                r.Id, r.Category, r.Action.ToString().ToLowerInvariant(), Scope(r),
                Diagnostics.OneLine(r.Description),
            }),
        ];
        return Render(rows);
    }

    /// <summary>Rows as aligned columns, the last column unpadded, no trailing spaces.</summary>
    public static string Render(string[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                var isLast = c == row.Length - 1;
                line.Append(isLast ? row[c] : row[c].PadRight(widths[c])).Append(isLast ? "" : ColumnGap);
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
        return text.ToString();
    }
}
