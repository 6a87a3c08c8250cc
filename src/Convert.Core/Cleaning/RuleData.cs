using System.Text.Json.Serialization;

namespace Convert.Core.Cleaning;

/// <summary>A rule as written in JSON (built-in data file or a user config's "add" list), before validation.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class RuleData
{
    public string? Id { get; set; }
    public string? Category { get; set; }
    public string? Description { get; set; }
    public string? Action { get; set; }
    public string? Scope { get; set; }
    public bool Weak { get; set; }
    public List<string>? Phrases { get; set; }
    public List<string>? Prefixes { get; set; }
    public string? Pattern { get; set; }
    /// <summary>"line" (default) or "block": what a pattern is matched against.</summary>
    public string? Target { get; set; }
    public int? MaxWords { get; set; }
    public string? Follow { get; set; }
    public string? Extract { get; set; }
    public bool OpensThread { get; set; }
}

/// <summary>The embedded built-in rules file.</summary>
internal sealed class RuleFileData
{
    public List<RuleData>? Rules { get; set; }
}

/// <summary>A user config file; only the "cleaning" section is read here, other settings are ignored.</summary>
internal sealed class UserConfigData
{
    public CleaningConfigData? Cleaning { get; set; }
}

/// <summary>The "cleaning" section of a user config.</summary>
internal sealed class CleaningConfigData
{
    public List<string>? Disable { get; set; }
    public List<RuleData>? Add { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(RuleFileData))]
[JsonSerializable(typeof(UserConfigData))]
internal sealed partial class RuleJsonContext : JsonSerializerContext;
