using System.Text.RegularExpressions;

namespace Convert.Core.Cleaning;

/// <summary>Validates an html rule's <see cref="RuleData"/> and builds an <see cref="HtmlRule"/>; every error names the rule's place.</summary>
internal static class HtmlRuleFactory
{
    /// <summary>True for a rule written with <c>"kind": "html"</c>.</summary>
    /// <exception cref="RuleConfigException">The kind is neither "text" nor "html".</exception>
    public static bool IsHtml(RuleData data, string where)
    {
        var kind = data.Kind?.Trim().ToLowerInvariant() ?? "text";
        if (kind is not ("text" or "html"))
            throw new RuleConfigException($"{where}: unknown kind \"{data.Kind}\" (use one of: text, html)");
        if (kind == "text" && (NameLists(data).Any(l => l.Names is not null) || data.Origin is not null))
            throw new RuleConfigException($"{where}: class and id names (\"markers\", \"strip\", \"prune\"...) need \"kind\": \"html\"");
        return kind == "html";
    }

    /// <param name="data">The rule as read from JSON.</param>
    /// <param name="where">Where it was read, e.g. "config cleaning.add[2]", used in error messages.</param>
    /// <param name="builtIn">Built-in rules may have no names (forms and images are found by their shape).</param>
    public static HtmlRule Create(RuleData data, string where, bool builtIn)
    {
        (var id, var category, where) = RuleFactory.Identify(data, where);
        if (TextField(data) is { } field)
            throw new RuleConfigException($"{where}: \"{field}\" is a text rule's field; an html rule takes \"markers\" (class and id names)");

        var lists = new List<HtmlMarkerList>();
        foreach (var use in Enum.GetValues<HtmlMarkerUse>())
        {
            var names = new List<string>();
            foreach (var (fieldName, fieldUse, values) in NameLists(data))
            {
                if (fieldUse.Contains(use) && values is not null)
                    names.AddRange(Checked(values, fieldName, use, where));
            }
            if (names.Count > 0)
                lists.Add(new HtmlMarkerList(use, names.Distinct(StringComparer.Ordinal).ToList()));
        }
        if (lists.Count == 0 && !builtIn)
            throw new RuleConfigException($"{where}: an html rule needs \"markers\": the class or id names it looks for");
        return new HtmlRule(id, category, data.Description?.Trim() ?? "")
        {
            Origin = data.Origin?.Trim() ?? (builtIn ? "" : "config"),
            Markers = lists,
        };
    }

    private static List<string> Checked(List<string> values, string field, HtmlMarkerUse use, string where)
    {
        if (values.Count == 0)
            throw new RuleConfigException($"{where}: \"{field}\" is empty");
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
                throw new RuleConfigException($"{where}: \"{field}\" has an empty name");
            if (value.Any(char.IsUpper))
                throw new RuleConfigException($"{where}: \"{field}\": write \"{value}\" in lower case (names are compared lower-cased)");
            if (use == HtmlMarkerUse.Roles)
            {
                if (value.Any(char.IsWhiteSpace))
                    throw new RuleConfigException($"{where}: \"{field}\": a role is one word, not \"{value}\"");
                continue;
            }
            try
            {
                _ = new Regex(value, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                throw new RuleConfigException($"{where}: \"{field}\": invalid name pattern \"{value}\": {e.Message.ReplaceLineEndings(" ")}");
            }
        }
        // Not trimmed: a space can be part of a pattern (" hid " is a whole "hid" between other names).
        return values;
    }

    // Each JSON list with the uses it feeds; "markers" is the common case of an element removed wherever it is.
    private static IEnumerable<(string Field, HtmlMarkerUse[] Uses, List<string>? Names)> NameLists(RuleData data) =>
    [
        ("markers", [HtmlMarkerUse.Strip, HtmlMarkerUse.Prune, HtmlMarkerUse.Label], data.Markers),
        ("strip", [HtmlMarkerUse.Strip], data.Strip),
        ("roles", [HtmlMarkerUse.Roles], data.Roles),
        ("keep", [HtmlMarkerUse.Keep], data.Keep),
        ("prune", [HtmlMarkerUse.Prune], data.Prune),
        ("label", [HtmlMarkerUse.Label], data.Label),
        ("boost", [HtmlMarkerUse.Boost], data.Boost),
        ("penalize", [HtmlMarkerUse.Penalize], data.Penalize),
        ("authorBox", [HtmlMarkerUse.AuthorBox], data.AuthorBox),
        ("byline", [HtmlMarkerUse.Byline], data.Byline),
        ("kicker", [HtmlMarkerUse.Kicker], data.Kicker),
        ("standfirst", [HtmlMarkerUse.Standfirst], data.Standfirst),
        ("date", [HtmlMarkerUse.Date], data.Date),
        ("commentSection", [HtmlMarkerUse.CommentSection], data.CommentSection),
    ];

    private static string? TextField(RuleData data) =>
        data.Phrases is not null ? "phrases"
        : data.Prefixes is not null ? "prefixes"
        : data.Pattern is not null ? "pattern"
        : data.Action is not null ? "action"
        : data.Scope is not null ? "scope"
        : data.Target is not null ? "target"
        : data.MaxWords is not null ? "maxWords"
        : data.Follow is not null ? "follow"
        : data.Extract is not null ? "extract"
        : data.Weak ? "weak"
        : null;
}
