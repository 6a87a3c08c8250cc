using System.Text.Json;

namespace Convert.Core.Cleaning;

/// <summary>
/// An ordered, immutable list of cleaning rules; when several rules match a line, the first one wins. Beside them, the
/// HTML rules: the class, id and role names the HTML reader looks for (<see cref="HtmlRules"/>).
/// <see cref="BuiltIn"/> comes from the library's embedded rule data; <see cref="Load"/> applies a user config to it.
/// </summary>
public sealed class RuleSet
{
    private const string BuiltInResourceName = "Convert.Core.Cleaning.BuiltInRules.json";
    private static readonly Lazy<RuleSet> BuiltInRules = new(LoadBuiltIn);

    /// <summary>Creates a rule set with the built-in HTML rules; ids must be unique.</summary>
    /// <exception cref="RuleConfigException">Two rules share an id.</exception>
    public RuleSet(IEnumerable<Rule> rules)
        : this(rules, HtmlRuleTable.BuiltIn, new HashSet<string>())
    {
    }

    /// <summary>Creates a rule set; ids must be unique across text and HTML rules.</summary>
    /// <param name="rules">The text rules, in the order they are tried.</param>
    /// <param name="htmlRules">The HTML rules (built-in ones first).</param>
    /// <param name="addedHtmlRuleIds">The HTML rules a config added: their labels are tried before the built-in ones.</param>
    /// <exception cref="RuleConfigException">Two rules share an id.</exception>
    public RuleSet(IEnumerable<Rule> rules, IEnumerable<HtmlRule> htmlRules, IReadOnlySet<string> addedHtmlRuleIds)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(htmlRules);
        ArgumentNullException.ThrowIfNull(addedHtmlRuleIds);
        Rules = rules.ToArray();
        HtmlRules = htmlRules.ToArray();
        LongestMatch = Rules.Count == 0 ? 0 : Rules.Max(r => r.Matcher.MaxWords);
        var duplicate = Rules.Select(r => r.Id).Concat(HtmlRules.Select(r => r.Id))
            .GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new RuleConfigException($"rule id \"{duplicate.Key}\" is used twice");
        AddedHtmlRuleIds = addedHtmlRuleIds.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The rules that ship with the library.</summary>
    public static RuleSet BuiltIn => BuiltInRules.Value;

    /// <summary>The rules in the order they are tried.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The HTML rules: built-in ones in table order, then those a config added.</summary>
    public IReadOnlyList<HtmlRule> HtmlRules { get; }

    /// <summary>The ids of the HTML rules a config added: their labels are tried before the built-in ones.</summary>
    public IReadOnlySet<string> AddedHtmlRuleIds { get; }

    /// <summary>The most words any rule can match: longer lines (body prose) are not tried at all.</summary>
    internal int LongestMatch { get; }

    /// <summary>The built-in rules changed by a user config file's JSON text.</summary>
    /// <remarks>
    /// Reads <c>{"cleaning": {"disable": ["rule-id", ...], "add": [{rule}, ...]}}</c>; other top-level keys are
    /// ignored. Comments and trailing commas are allowed. Added rules are tried after the built-in ones. Both lists
    /// take HTML rules too (<c>"kind": "html"</c> in an added rule).
    /// </remarks>
    /// <exception cref="RuleConfigException">The config is not valid; the message says where and why.</exception>
    public static RuleSet Load(string userConfigJson)
    {
        ArgumentNullException.ThrowIfNull(userConfigJson);
        var config = Deserialize(userConfigJson, RuleJsonContext.Default.UserConfigData, "config");
        var cleaning = config.Cleaning;
        if (cleaning is null)
            return BuiltIn;

        var rules = BuiltIn.Rules.ToList();
        var htmlRules = BuiltIn.HtmlRules.ToList();
        var disable = cleaning.Disable ?? [];
        for (var i = 0; i < disable.Count; i++)
        {
            var index = rules.FindIndex(r => string.Equals(r.Id, disable[i], StringComparison.Ordinal));
            if (index >= 0)
                rules.RemoveAt(index);
            else
                HtmlRuleTable.Disable(htmlRules, disable[i], $"config cleaning.disable[{i}]");
        }

        var add = cleaning.Add ?? [];
        var addedHtml = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < add.Count; i++)
        {
            var where = $"config cleaning.add[{i}]";
            var data = add[i] ?? throw new RuleConfigException($"{where}: a rule must be an object");
            if (HtmlRuleFactory.IsHtml(data, where))
            {
                var rule = HtmlRuleFactory.Create(data, where, builtIn: false);
                EnsureNewId(rule.Id, rules, htmlRules, where);
                htmlRules.Add(rule);
                addedHtml.Add(rule.Id);
            }
            else
            {
                var rule = RuleFactory.Create(data, where);
                EnsureNewId(rule.Id, rules, htmlRules, where);
                rules.Add(rule);
            }
        }
        return new RuleSet(rules, htmlRules, addedHtml);
    }

    private static RuleSet LoadBuiltIn()
    {
        using var stream = typeof(RuleSet).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {BuiltInResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var file = Deserialize(reader.ReadToEnd(), RuleJsonContext.Default.RuleFileData, "built-in rules");
        var data = file.Rules ?? [];
        return new RuleSet(data.Select((rule, i) => RuleFactory.Create(rule, $"built-in rules[{i}]")), HtmlRuleTable.BuiltIn, new HashSet<string>());
    }

    // A disabled built-in rule's id stays taken: a config cannot reuse it for something else.
    private static void EnsureNewId(string id, List<Rule> rules, List<HtmlRule> htmlRules, string where)
    {
        if (BuiltIn.Rules.Any(r => r.Id == id) || BuiltIn.HtmlRules.Any(r => r.Id == id) || rules.Any(r => r.Id == id)
            || htmlRules.Any(r => r.Id == id))
            throw new RuleConfigException($"{where}: rule id \"{id}\" already exists");
    }

    internal static T Deserialize<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string what)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type)
                ?? throw new RuleConfigException($"{what}: expected a JSON object, found null");
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].ReplaceLineEndings(" ").Trim();
            var line = e.LineNumber is { } n ? $" at line {n + 1}" : "";
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" ({e.Path})";
            throw new RuleConfigException($"{what}: invalid JSON{line}{path}: {reason}");
        }
    }
}
