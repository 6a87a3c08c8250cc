namespace Convert.Cli.FileSystem;

/// <summary>
/// The path a file is really reached by: every symbolic link on the way resolved, the folders as well as the last
/// component, as the kernel does (realpath). Two paths name the same file when their real paths are equal, which is
/// what keeps an output reached through a linked folder, or /proc/self/cwd, from replacing an input.
/// </summary>
internal static class RealPath
{
    /// <summary>The real path, or null when it cannot be told (a link loop).</summary>
    public static string? OrNull(string fullPath)
    {
        try
        {
            return Of(fullPath);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>As the kernel's limit (ELOOP): more links than this on one path is a loop.</summary>
    public const int MaxLinks = 40;

    /// <param name="fullPath">An absolute path; the parts that do not exist are kept as written.</param>
    /// <exception cref="IOException">The path goes through more than <see cref="MaxLinks"/> links (a loop).</exception>
    public static string Of(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var pending = new Stack<string>();
        PushComponents(pending, fullPath[root.Length..]);
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
                throw new IOException($"{fullPath}: too many levels of symbolic links");
            // The link's own components are walked next, from its folder or from the root for an absolute target.
            PushComponents(pending, target[(Path.GetPathRoot(target)?.Length ?? 0)..]);
            if (Path.IsPathRooted(target))
                current = Path.GetPathRoot(target)!;
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    private static void PushComponents(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
            pending.Push(parts[i]);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
