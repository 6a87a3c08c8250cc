using System.Reflection;

namespace Convert.Cli.Validate;

/// <summary>The tool's name and version as machine-readable reports give them.</summary>
internal static class ToolInfo
{
    public const string Name = "declutter";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
