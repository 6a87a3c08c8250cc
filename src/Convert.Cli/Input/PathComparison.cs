namespace Convert.Cli.Input;

/// <summary>How file paths compare on this platform: case-insensitively on Windows and macOS, exactly elsewhere.</summary>
internal static class PathComparison
{
    public static StringComparer Comparer { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// The file a path finally points to when it is a symbolic link, else the path itself. Renaming a new file over a
    /// link target would replace an input that was named through the link.
    /// </summary>
    public static string ResolveLinks(string fullPath)
    {
        try
        {
            return new FileInfo(fullPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? fullPath;
        }
        catch (IOException)
        {
            return fullPath;
        }
    }

    /// <summary>A full path without a trailing separator (except for a root), so equal folders compare equal.</summary>
    public static string Normalize(string fullPath) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
}
