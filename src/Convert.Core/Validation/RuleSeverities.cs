using System.Text.Json;
using Convert.Core.Cleaning;

namespace Convert.Core.Validation;

/// <summary>The severity of each validation rule in effect: the defaults, changed by a config's "rules" section.</summary>
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

    /// <summary>Reads <c>{"rules": {"leftover-clutter": "warning", "truncated": "off", ...}}</c> from a config's JSON text.</summary>
    /// <remarks>Other top-level keys (such as "cleaning") are left to their own readers. Comments and trailing commas are allowed.</remarks>
    /// <exception cref="RuleConfigException">The section is not an object, names an unknown rule or an unknown severity.</exception>
    public static RuleSeverities Load(string? configJson)
    {
        if (configJson is null)
            return Defaults;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(configJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $" at line {n + 1}" : "";
            throw new RuleConfigException($"config: invalid JSON{line}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("rules", out var rules))
                return Defaults;
            if (rules.ValueKind != JsonValueKind.Object)
                throw new RuleConfigException("config rules: expected an object of rule ids and severities");

            var overrides = new Dictionary<string, Severity?>(StringComparer.Ordinal);
            foreach (var entry in rules.EnumerateObject())
            {
                if (ValidationRules.Find(entry.Name) is null)
                    throw new RuleConfigException($"config rules: unknown rule id \"{entry.Name}\" (see docs/ci.md for the list)");
                overrides[entry.Name] = Parse(entry);
            }
            return new RuleSeverities(overrides);
        }
    }

    private static Severity? Parse(JsonProperty entry) => entry.Value.ValueKind == JsonValueKind.String
        ? entry.Value.GetString() switch
        {
            "error" => Severity.Error,
            "warning" or "warn" => Severity.Warning,
            "info" => Severity.Info,
            "off" => null,
            var other => throw new RuleConfigException($"config rules.{entry.Name}: \"{other}\" is not error, warning, info or off"),
        }
        : throw new RuleConfigException($"config rules.{entry.Name}: expected \"error\", \"warning\", \"info\" or \"off\"");
}
