namespace Convert.Core.Cleaning;

/// <summary>The built-in HTML rules (the embedded <c>HtmlMarkers.json</c>, read once) and turning rules off by id.</summary>
internal static class HtmlRuleTable
{
    private const string ResourceName = "Convert.Core.Cleaning.HtmlMarkers.json";
    private static readonly Lazy<IReadOnlyList<HtmlRule>> BuiltInRules = new(Load);

    /// <summary>The rules that ship with the library, in table order.</summary>
    public static IReadOnlyList<HtmlRule> BuiltIn => BuiltInRules.Value;

    /// <summary>Takes the rule <paramref name="id"/> out of <paramref name="rules"/>.</summary>
    /// <exception cref="RuleConfigException">No rule has that id, or the rule has no names to turn off.</exception>
    public static void Disable(List<HtmlRule> rules, string id, string where)
    {
        var index = rules.FindIndex(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (index < 0)
            throw new RuleConfigException($"{where}: unknown rule id \"{id}\"");
        if (rules[index].Markers.Count == 0)
            throw new RuleConfigException(
                $"{where}: rule \"{id}\" has no class or id names to turn off: what it credits is found by its tag and shape");
        rules.RemoveAt(index);
    }

    private static List<HtmlRule> Load()
    {
        using var stream = typeof(HtmlRuleTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var file = RuleSet.Deserialize(reader.ReadToEnd(), RuleJsonContext.Default.RuleFileData, "built-in html rules");
        return (file.Rules ?? []).Select((rule, i) => HtmlRuleFactory.Create(rule, $"built-in html rules[{i}]", builtIn: true)).ToList();
    }
}
