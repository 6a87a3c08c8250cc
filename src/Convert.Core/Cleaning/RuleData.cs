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

    /// <summary>
    /// Phrases taken from the language catalogue as well: "authorHeadings" adds every language's "About the author"
    /// headings but English's (listed in the rule), so a new language needs no edit here.
    /// </summary>
    public string? PhrasesFrom { get; set; }
    public List<string>? Prefixes { get; set; }
    public string? Pattern { get; set; }
    /// <summary>"line" (default) or "block": what a pattern is matched against.</summary>
    public string? Target { get; set; }
    public int? MaxWords { get; set; }
    public string? Follow { get; set; }
    public string? Extract { get; set; }
    public bool OpensThread { get; set; }

    /// <summary>"text" (default) or "html"; the fields below are an html rule's (see <see cref="HtmlRuleFactory"/>).</summary>
    public string? Kind { get; set; }
    public string? Origin { get; set; }
    /// <summary>Names for the common case: strip, prune and label at once.</summary>
    public List<string>? Markers { get; set; }
    public List<string>? Strip { get; set; }
    public List<string>? Roles { get; set; }
    public List<string>? Keep { get; set; }
    public List<string>? Prune { get; set; }
    public List<string>? Label { get; set; }
    public List<string>? Boost { get; set; }
    public List<string>? Penalize { get; set; }
    public List<string>? AuthorBox { get; set; }
    public List<string>? Byline { get; set; }
    public List<string>? Kicker { get; set; }
    public List<string>? Standfirst { get; set; }
    public List<string>? Date { get; set; }
    public List<string>? CommentSection { get; set; }
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
