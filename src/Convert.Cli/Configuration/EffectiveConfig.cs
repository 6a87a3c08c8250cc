using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Convert.Core.Cleaning;
using Convert.Core.Configuration;
using Convert.Core.Validation;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Convert.Cli.Configuration;

/// <summary>
/// Writes a configuration in effect as a declutter.json: comments naming its source (and the overrides that apply to
/// the file asked about), then "cleaning" (the built-in rules turned off and the rules added), "rules" (every validation
/// rule with its severity) and "overrides" as written.
/// </summary>
internal static class EffectiveConfig
{
    public static string Format(LoadedConfig config, string target, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(config);
        var text = new StringBuilder();
        text.Append("// configuration for ").Append(Path.GetRelativePath(currentDirectory, target).Replace('\\', '/')).Append('\n');
        text.Append("// from: ").Append(config.Describe()).Append('\n');
        text.Append("// then: the built-in defaults for everything it does not set\n");
        var overrides = config.Overrides;
        for (var i = 0; i < overrides.Count; i++)
        {
            if (File.Exists(target) && Matches(overrides[i], config.BaseDirectory(currentDirectory), target))
                text.Append("// overrides[").Append(i).Append("] (").Append(string.Join(", ", overrides[i].Files)).Append(") applies to this file\n");
        }

        var root = new JsonObject
        {
            ["cleaning"] = Cleaning(config),
            ["rules"] = Rules(config.Severities),
        };
        if (config.Json is not null)
        {
            using var document = ConfigChecker.Parse(config.Json);
            if (document.RootElement.TryGetProperty("overrides", out var written))
                root["overrides"] = JsonNode.Parse(written.GetRawText());
        }
        text.Append(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n")).Append('\n');
        return text.ToString();
    }

    private static JsonObject Cleaning(LoadedConfig config)
    {
        var inEffect = config.Engine.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var disabled = RuleSet.BuiltIn.Rules.Where(r => !inEffect.Contains(r.Id)).Select(r => (JsonNode?)r.Id);
        var cleaning = new JsonObject { ["disable"] = new JsonArray([.. disabled]) };
        JsonArray added = [];
        if (config.Json is not null)
        {
            using var document = ConfigChecker.Parse(config.Json);
            if (document.RootElement.TryGetProperty("cleaning", out var section) && section.TryGetProperty("add", out var add))
                added = JsonNode.Parse(add.GetRawText())!.AsArray();
        }
        cleaning["add"] = added;
        return cleaning;
    }

    private static JsonObject Rules(RuleSeverities severities)
    {
        var rules = new JsonObject();
        foreach (var rule in ValidationRules.All)
            rules[rule.Id] = RuleSeverities.Name(severities.For(rule.Id));
        return rules;
    }

    private static bool Matches(SeverityOverride entry, string baseDirectory, string file)
    {
        var relative = Path.GetRelativePath(baseDirectory, file).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal))
            return false;
        var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        foreach (var glob in entry.Files)
            matcher.AddInclude(glob);
        return matcher.Match(relative).HasMatches;
    }
}
