using Convert.Cli.FileSystem;

namespace Convert.Cli.Input;

/// <summary>
/// Lists the files under a folder, recursively, hidden files and folders skipped. Linked folders are followed, but
/// each real folder is entered once, so a link to a parent or to itself (a loop) or two links to one folder never
/// give the same files twice; and a folder to skip (the output folder) is recognised by its real path, however a
/// link inside the tree reaches it.
/// </summary>
internal static class DirectoryWalker
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <param name="directory">The folder to walk (absolute).</param>
    /// <param name="keep">Which files to list.</param>
    /// <param name="skippedFolder">A folder whose files are never listed, unless the walk starts inside it.</param>
    /// <exception cref="IOException">A folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">A folder cannot be read.</exception>
    public static List<string> Files(string directory, Func<string, bool> keep, string? skippedFolder = null)
    {
        var skipped = skippedFolder is null ? null : RealPath.OrNull(skippedFolder);
        if (skipped is not null && RealPath.OrNull(directory) is { } start && IsAtOrUnder(start, skipped))
            skipped = null;

        var files = new List<string>();
        var visited = new HashSet<string>(PathComparison.Comparer);
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.TryPop(out var folder))
        {
            // A folder whose real path cannot be told (a link loop past the kernel's limit) is not entered.
            if (RealPath.OrNull(folder) is not { } real || !visited.Add(real) || (skipped is not null && IsAtOrUnder(real, skipped)))
                continue;
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneLevel))
            {
                if (entry is DirectoryInfo)
                    pending.Push(entry.FullName);
                // A pipe or device met on a walk is never read: a named pipe would block the batch forever.
                else if (keep(entry.FullName) && SpecialFiles.Describe(entry.FullName) is null)
                    files.Add(entry.FullName);
            }
        }
        return files;
    }

    private static bool IsAtOrUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Path.IsPathRooted(relative));
    }
}
