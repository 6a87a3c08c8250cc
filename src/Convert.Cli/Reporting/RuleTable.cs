using System.Text;
using Convert.Core.Cleaning;

namespace Convert.Cli.Reporting;

/// <summary>Renders rules as a plain table with aligned columns and no trailing spaces.</summary>
internal static class RuleTable
{
    private const string ColumnGap = "  ";

    public static string Format(IReadOnlyList<Rule> rules)
    {
        string[][] rows =
        [
            ["ID", "CATEGORY", "ACTION", "SCOPE", "DESCRIPTION"],
            .. rules.Select(r => new[]
            {
                r.Id, r.Category, r.Action.ToString().ToLowerInvariant(), r.Scope.ToString().ToLowerInvariant(),
                Diagnostics.OneLine(r.Description),
            }),
        ];

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
