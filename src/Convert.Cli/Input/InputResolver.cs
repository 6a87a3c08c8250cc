using Convert.Core;

namespace Convert.Cli.Input;

/// <summary>
/// Turns the INPUT arguments into the list of inputs to convert: files as named (whatever their extension), directories
/// walked recursively for scraped text and HTML files in ordinal order, and "-" for stdin. Duplicates keep their first position.
/// </summary>
internal static class InputResolver
{
    public const string StdinArgument = "-";

    /// <summary>Extensions picked up when walking a directory: those of the readers that read in folder walks.</summary>
    public static IReadOnlyList<string> WalkedExtensions => InputReaders.FolderExtensions;

    /// <param name="arguments">The INPUT arguments.</param>
    /// <param name="currentDirectory">What relative arguments are relative to.</param>
    /// <param name="skippedFolder">A folder not walked into (the output folder, so earlier outputs are not taken as inputs).</param>
    /// <param name="filter">The --include/--exclude globs walked files must pass; null keeps them all.</param>
    /// <exception cref="CliUsageException">An input does not exist, stdin is named twice, or a directory holds no text files.</exception>
    public static IReadOnlyList<InputSource> Resolve(
        IReadOnlyList<string> arguments, string currentDirectory, string? skippedFolder = null, GlobFilter? filter = null) =>
        Resolve(arguments, currentDirectory, checkFile: (_, _) => { }, walk: (argument, fullPath) =>
        {
            var found = WalkDirectory(argument, fullPath, skippedFolder, filter);
            if (found.Count == 0)
            {
                var selected = filter is null || filter.KeepsAll ? "" : " matching --include/--exclude";
                throw new CliUsageException($"{argument}: no {string.Join(", ", WalkedExtensions)} files{selected} found in this directory");
            }
            return found;
        });

    /// <summary>
    /// Resolves INPUT arguments with the caller's rules for named files and directories: stdin at most once, each
    /// file once (first position kept), a missing path an error.
    /// </summary>
    /// <param name="arguments">The INPUT arguments.</param>
    /// <param name="currentDirectory">What relative arguments are relative to.</param>
    /// <param name="checkFile">Called with the argument and full path of a named file; throws to refuse it.</param>
    /// <param name="walk">The inputs of a directory argument, given the argument and its full path.</param>
    /// <exception cref="CliUsageException">An input does not exist, stdin is named twice, or a callback refused an input.</exception>
    public static IReadOnlyList<InputSource> Resolve(IReadOnlyList<string> arguments, string currentDirectory,
        Action<string, string> checkFile, Func<string, string, IEnumerable<InputSource>> walk)
    {
        var inputs = new List<InputSource>();
        var seen = new HashSet<string>(PathComparison.Comparer);
        foreach (var argument in arguments)
        {
            if (argument == StdinArgument)
            {
                if (inputs.Contains(InputSource.Stdin))
                    throw new CliUsageException("stdin ('-') can be named only once");
                inputs.Add(InputSource.Stdin);
                continue;
            }

            var fullPath = PathComparison.Normalize(Path.GetFullPath(argument, currentDirectory));
            if (File.Exists(fullPath))
            {
                checkFile(argument, fullPath);
                if (seen.Add(fullPath))
                    inputs.Add(new InputSource(argument, fullPath, Path.GetDirectoryName(fullPath)));
            }
            else if (Directory.Exists(fullPath))
            {
                inputs.AddRange(walk(argument, fullPath).Where(input => seen.Add(input.FullPath!)));
            }
            else
            {
                throw new CliUsageException($"{argument}: no such file or directory");
            }
        }
        return inputs;
    }

    /// <summary>The files under <paramref name="directory"/> (recursively, hidden ones skipped) that <paramref name="keep"/> accepts.</summary>
    /// <exception cref="CliUsageException">The directory cannot be listed.</exception>
    public static List<string> ListFiles(string directory, Func<string, bool> keep, string? skippedFolder = null)
    {
        try
        {
            return DirectoryWalker.Files(directory, keep, skippedFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{directory}: cannot list directory: {e.Message}");
        }
    }

    private static List<InputSource> WalkDirectory(string argument, string fullPath, string? skippedFolder, GlobFilter? filter) =>
        ListFiles(fullPath, file => WalkedExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase), skippedFolder)
            .Where(file => filter is null || filter.Keeps(file, fullPath))
            .Order(StringComparer.Ordinal)
            .Select(file => new InputSource(Path.Join(argument, Path.GetRelativePath(fullPath, file)), file, fullPath))
            .ToList();
}
