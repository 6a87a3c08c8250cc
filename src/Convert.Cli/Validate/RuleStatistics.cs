using System.Globalization;
using System.Text;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>--statistics: the number of reported findings per rule, most frequent first, with the rule's default severity.</summary>
internal static class RuleStatistics
{
    public static string Format(IReadOnlyDictionary<string, int> perRule)
    {
        ArgumentNullException.ThrowIfNull(perRule);
        if (perRule.Count == 0)
            return "";
        var rows = perRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var countWidth = rows.Max(r => r.Value.ToString(CultureInfo.InvariantCulture).Length);
        var idWidth = rows.Max(r => r.Key.Length);
        var text = new StringBuilder();
        foreach (var (id, count) in rows)
        {
            var description = ValidationRules.Find(id)?.Description ?? "";
            text.Append(count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth)).Append("  ")
                .Append(id.PadRight(idWidth)).Append("  ").Append(description).Append('\n');
        }
        return text.ToString();
    }
}
