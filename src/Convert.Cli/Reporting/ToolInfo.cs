using System.Reflection;

namespace Convert.Cli.Reporting;

/// <summary>The tool's name, version and documentation address as machine-readable reports give them.</summary>
internal static class ToolInfo
{
    public const string Name = "declutter";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>
    /// The CI guide (docs/ci.md) as published with the project; each rule has a stable anchor there. Set by the
    /// build (the DeclutterDocsUrl property), so a fork or a mirror can point reports at its own copy.
    /// </summary>
    public static string DocsUrl { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "DeclutterDocsUrl")?.Value
        ?? throw new InvalidOperationException("The DeclutterDocsUrl assembly metadata is missing.");

    /// <summary>Where a validation rule is explained: its anchor in the CI guide.</summary>
    public static string HelpUri(string ruleId) => $"{DocsUrl}#{ruleId}";
}
