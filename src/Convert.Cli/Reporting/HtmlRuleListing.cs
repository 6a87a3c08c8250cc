using Convert.Core.Cleaning;

namespace Convert.Cli.Reporting;

/// <summary>
/// Renders the HTML rules as a plain table: a line with each rule's id, category and description, then one line per
/// use of its names ("strip", "prune"...) with the names. Aligned columns, no trailing spaces.
/// </summary>
internal static class HtmlRuleListing
{
    private const string NameSeparator = " ";
    private static readonly string[] Header = ["HTML RULE", "CATEGORY", "USE", "NAMES / DESCRIPTION"];

    public static string Format(IReadOnlyList<HtmlRule> rules)
    {
        var rows = new List<string[]> { Header };
        foreach (var rule in rules)
        {
            rows.Add([rule.Id, rule.Category, "", Diagnostics.OneLine(rule.Description)]);
            foreach (var list in rule.Markers)
                rows.Add(["", "", UseName(list.Use), string.Join(NameSeparator, list.Names.Select(Quoted))]);
        }

        return RuleTable.Render([.. rows]);
    }

    // A name with a space in it (" hid ") is quoted, so the spaces between names stay unambiguous.
    private static string Quoted(string name) => name.Any(char.IsWhiteSpace) ? $"\"{name}\"" : name;

    // The names of the JSON fields: "authorBox", "commentSection".
    private static string UseName(HtmlMarkerUse use)
    {
        var name = use.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
