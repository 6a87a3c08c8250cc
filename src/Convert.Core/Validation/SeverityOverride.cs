using System.Text.Json;
using Convert.Core.Cleaning;
using Convert.Core.Configuration;

namespace Convert.Core.Validation;

/// <summary>
/// One entry of a config's "overrides": rule severities for the files that match one of <paramref name="Files"/>
/// (globs relative to the config file's folder, matched by the caller).
/// </summary>
public sealed record SeverityOverride(IReadOnlyList<string> Files, IReadOnlyDictionary<string, Severity?> Rules)
{
    /// <summary>Reads <c>"overrides": [{"files": "legacy/**", "rules": {...}}, ...]</c>; none when the section is absent.</summary>
    /// <exception cref="RuleConfigException">An entry is not well formed.</exception>
    public static IReadOnlyList<SeverityOverride> Load(string? configJson)
    {
        if (configJson is null)
            return [];
        using var document = ConfigChecker.Parse(configJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("overrides", out var overrides))
            return [];
        if (overrides.ValueKind != JsonValueKind.Array)
            throw new RuleConfigException("$.overrides: expected an array");
        var result = new List<SeverityOverride>();
        var index = 0;
        foreach (var entry in overrides.EnumerateArray())
        {
            var path = $"$.overrides[{index++}]";
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("files", out var files) || !entry.TryGetProperty("rules", out var rules))
                throw new RuleConfigException($"{path}: expected an object with \"files\" and \"rules\"");
            var globs = files.ValueKind switch
            {
                JsonValueKind.String => [files.GetString()!],
                JsonValueKind.Array when files.EnumerateArray().All(f => f.ValueKind == JsonValueKind.String) =>
                    files.EnumerateArray().Select(f => f.GetString()!).ToList(),
                _ => throw new RuleConfigException($"{path}.files: expected a glob or a list of globs"),
            };
            result.Add(new SeverityOverride(globs, RuleSeverities.ReadRules(rules, $"{path}.rules")));
        }
        return result;
    }
}
