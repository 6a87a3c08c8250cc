using System.Text.Json;
using Convert.Core.Cleaning;
using Convert.Core.Configuration;

namespace Convert.Core.Validation;

/// <summary>
/// The severity of each validation rule in effect: the defaults, changed by a config's "rules" section, an override
/// for some files, or the command line's rule selection. Immutable: every change makes a new instance.
/// </summary>
public sealed class RuleSeverities
{
    private readonly Dictionary<string, Severity?> _overrides;

    private RuleSeverities(Dictionary<string, Severity?> overrides) => _overrides = overrides;

    /// <summary>Every rule at its default severity.</summary>
    public static RuleSeverities Defaults { get; } = new([]);

    /// <summary>The severity of <paramref name="ruleId"/>, or null when the rule is turned off.</summary>
    public Severity? For(string ruleId) =>
        _overrides.TryGetValue(ruleId, out var severity) ? severity
        : ValidationRules.Find(ruleId)?.DefaultSeverity ?? throw new ArgumentException($"unknown rule id \"{ruleId}\"", nameof(ruleId));

    /// <summary>These severities with <paramref name="changes"/> laid over them (null turns a rule off).</summary>
    public RuleSeverities With(IReadOnlyDictionary<string, Severity?> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
            return this;
        var merged = new Dictionary<string, Severity?>(_overrides, StringComparer.Ordinal);
        foreach (var (id, severity) in changes)
            merged[id] = severity;
        return new RuleSeverities(merged);
    }

    /// <summary>Only the <paramref name="select"/>ed rules (all when empty) stay on, and the <paramref name="ignore"/>d ones go off.</summary>
    public RuleSeverities Restrict(IReadOnlyCollection<string> select, IReadOnlyCollection<string> ignore)
    {
        ArgumentNullException.ThrowIfNull(select);
        ArgumentNullException.ThrowIfNull(ignore);
        var off = ValidationRules.All.Select(r => r.Id)
            .Where(id => (select.Count > 0 && !select.Contains(id)) || ignore.Contains(id))
            .ToDictionary(id => id, _ => (Severity?)null, StringComparer.Ordinal);
        return With(off);
    }

    /// <summary>Reads <c>{"rules": {"leftover-clutter": "warning", "truncated": "off", ...}}</c> from a config's JSON text.</summary>
    /// <remarks>Other top-level keys are left to their own readers. Comments and trailing commas are allowed.</remarks>
    /// <exception cref="RuleConfigException">The section is not an object, names an unknown rule or an unknown severity.</exception>
    public static RuleSeverities Load(string? configJson)
    {
        if (configJson is null)
            return Defaults;
        using var document = ConfigChecker.Parse(configJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("rules", out var rules))
            return Defaults;
        return Defaults.With(ReadRules(rules, "$.rules"));
    }

    /// <summary>Reads a "rules" object (of the config or of an override) into severity changes.</summary>
    /// <exception cref="RuleConfigException">Not an object, an unknown rule id or an unknown severity.</exception>
    public static IReadOnlyDictionary<string, Severity?> ReadRules(JsonElement rules, string path)
    {
        if (rules.ValueKind != JsonValueKind.Object)
            throw new RuleConfigException($"{path}: expected an object of rule ids and severities");
        var changes = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        foreach (var entry in rules.EnumerateObject())
        {
            if (ValidationRules.Find(entry.Name) is null)
                throw new RuleConfigException($"{path}.{entry.Name}: unknown rule id \"{entry.Name}\"{Suggestion.DidYouMean(entry.Name, ValidationRules.All.Select(r => r.Id))}");
            changes[entry.Name] = Parse(entry, path);
        }
        return changes;
    }

    /// <summary>The name of a severity in configs and reports.</summary>
    public static string Name(Severity? severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "off",
    };

    private static Severity? Parse(JsonProperty entry, string path) => entry.Value.ValueKind == JsonValueKind.String
        ? entry.Value.GetString() switch
        {
            "error" => Severity.Error,
            "warning" or "warn" => Severity.Warning,
            "info" => Severity.Info,
            "off" => null,
            var other => throw new RuleConfigException($"{path}.{entry.Name}: \"{other}\" is not error, warning, info or off"),
        }
        : throw new RuleConfigException($"{path}.{entry.Name}: expected \"error\", \"warning\", \"info\" or \"off\"");
}
