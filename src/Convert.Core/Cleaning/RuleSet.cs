using System.Text.Json;

namespace Convert.Core.Cleaning;

/// <summary>
/// An ordered, immutable list of cleaning rules; when several rules match a line, the first one wins.
/// <see cref="BuiltIn"/> comes from the library's embedded rule data; <see cref="Load"/> applies a user config to it.
/// </summary>
public sealed class RuleSet
{
    private const string BuiltInResourceName = "Convert.Core.Cleaning.BuiltInRules.json";
    private static readonly Lazy<RuleSet> BuiltInRules = new(LoadBuiltIn);

    /// <summary>Creates a rule set; ids must be unique.</summary>
    /// <exception cref="RuleConfigException">Two rules share an id.</exception>
    public RuleSet(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToArray();
        LongestMatch = Rules.Count == 0 ? 0 : Rules.Max(r => r.Matcher.MaxWords);
        var duplicate = Rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new RuleConfigException($"rule id \"{duplicate.Key}\" is used twice");
    }

    /// <summary>The rules that ship with the library.</summary>
    public static RuleSet BuiltIn => BuiltInRules.Value;

    /// <summary>The rules in the order they are tried.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The most words any rule can match: longer lines (body prose) are not tried at all.</summary>
    internal int LongestMatch { get; }

    /// <summary>The built-in rules changed by a user config file's JSON text.</summary>
    /// <remarks>
    /// Reads <c>{"cleaning": {"disable": ["rule-id", ...], "add": [{rule}, ...]}}</c>; other top-level keys are
    /// ignored. Comments and trailing commas are allowed. Added rules are tried after the built-in ones.
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
        var disable = cleaning.Disable ?? [];
        for (var i = 0; i < disable.Count; i++)
        {
            var index = rules.FindIndex(r => string.Equals(r.Id, disable[i], StringComparison.Ordinal));
            if (index < 0)
                throw new RuleConfigException($"config cleaning.disable[{i}]: unknown rule id \"{disable[i]}\"");
            rules.RemoveAt(index);
        }

        var add = cleaning.Add ?? [];
        for (var i = 0; i < add.Count; i++)
        {
            var where = $"config cleaning.add[{i}]";
            var rule = RuleFactory.Create(add[i] ?? throw new RuleConfigException($"{where}: a rule must be an object"), where);
            if (BuiltIn.Rules.Any(r => r.Id == rule.Id) || rules.Any(r => r.Id == rule.Id))
                throw new RuleConfigException($"{where}: rule id \"{rule.Id}\" already exists");
            rules.Add(rule);
        }
        return new RuleSet(rules);
    }

    private static RuleSet LoadBuiltIn()
    {
        using var stream = typeof(RuleSet).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {BuiltInResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var file = Deserialize(reader.ReadToEnd(), RuleJsonContext.Default.RuleFileData, "built-in rules");
        var data = file.Rules ?? [];
        return new RuleSet(data.Select((rule, i) => RuleFactory.Create(rule, $"built-in rules[{i}]")));
    }

    private static T Deserialize<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string what)
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
