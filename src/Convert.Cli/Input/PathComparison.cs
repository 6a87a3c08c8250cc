namespace Convert.Cli.Input;

/// <summary>How file paths compare on this platform: case-insensitively on Windows and macOS, exactly elsewhere.</summary>
internal static class PathComparison
{
    public static StringComparer Comparer { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>A full path without a trailing separator (except for a root), so equal folders compare equal.</summary>
    public static string Normalize(string fullPath) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
}
