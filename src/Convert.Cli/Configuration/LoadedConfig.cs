using Convert.Core.Validation;

namespace Convert.Cli.Configuration;

/// <summary>A configuration in effect: where it came from, and what was built from it.</summary>
/// <param name="DisplayPath">The config file as messages name it, or null for the built-in defaults.</param>
/// <param name="FullPath">The config file's absolute path, or null for the built-in defaults.</param>
/// <param name="Json">The file's text, or null.</param>
/// <param name="Engine">The cleaning rules in effect and the converter that applies them.</param>
/// <param name="Severities">The validation rules' severities from the "rules" section.</param>
/// <param name="Overrides">The "overrides" entries, in file order.</param>
internal sealed record LoadedConfig(
    string? DisplayPath,
    string? FullPath,
    string? Json,
    ConversionEngine Engine,
    RuleSeverities Severities,
    IReadOnlyList<SeverityOverride> Overrides)
{
    /// <summary>The folder the overrides' globs are relative to: the config file's, else <paramref name="currentDirectory"/>.</summary>
    public string BaseDirectory(string currentDirectory) => FullPath is null ? currentDirectory : Path.GetDirectoryName(FullPath)!;

    /// <summary>Why the built-in defaults apply, when they do ("no declutter.json found", "--no-config").</summary>
    public string DefaultsReason { get; init; } = "no declutter.json found";

    /// <summary>How the source is named to people: the file, or "built-in defaults (why)".</summary>
    public string Describe() => DisplayPath ?? $"built-in defaults ({DefaultsReason})";
}
