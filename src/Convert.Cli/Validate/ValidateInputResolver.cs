using Convert.Cli.Input;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// Turns validate's INPUT arguments into the files to check: files as named, directories walked recursively for the
/// kinds validate knows (.txt, .text, .html, .htm, .json, .docx; hidden files and folders skipped) in ordinal order,
/// and "-" for stdin. Walked files are kept when they match an --include glob (if any) and no --exclude glob; a glob
/// is tried on the path relative to the directory argument and relative to the current folder. A walk never picks up
/// the config file (<c>declutter.json</c>, which is not an article) nor the report or baseline being written or read.
/// </summary>
internal sealed class ValidateInputResolver
{
    private readonly GlobFilter _filter;
    private readonly string _currentDirectory;
    private readonly IReadOnlyList<string> _skipped;

    /// <param name="include">--include globs.</param>
    /// <param name="exclude">--exclude globs.</param>
    /// <param name="currentDirectory">What relative arguments and globs are relative to.</param>
    /// <param name="skipped">Full paths a walk never picks up: the report being written, the baseline read or written.</param>
    public ValidateInputResolver(IReadOnlyList<string> include, IReadOnlyList<string> exclude, string currentDirectory, IReadOnlyList<string>? skipped = null)
    {
        _filter = new GlobFilter(include, exclude, currentDirectory);
        _currentDirectory = currentDirectory;
        _skipped = (skipped ?? []).Select(PathComparison.Normalize).ToList();
    }

    /// <exception cref="CliUsageException">An input does not exist or is of a kind validate does not check, or stdin is named twice.</exception>
    public IReadOnlyList<InputSource> Resolve(IReadOnlyList<string> arguments) =>
        InputResolver.Resolve(arguments, _currentDirectory, CheckKind, Walk);

    public static string KindList() => string.Join(", ", FileKinds.Extensions);

    private static void CheckKind(string argument, string fullPath)
    {
        if (FileKinds.FromPath(fullPath) is null)
            throw new CliUsageException($"{argument}: validate checks {KindList()} files");
    }

    private IEnumerable<InputSource> Walk(string argument, string directory) =>
        InputResolver.ListFiles(directory, f => FileKinds.FromPath(f) is not null && !IsSkipped(f) && _filter.Keeps(f, directory))
            .Select(file => (File: file, Relative: GlobFilter.Slashes(Path.GetRelativePath(directory, file))))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new InputSource(Path.Join(argument, f.Relative), f.File, directory));

    private bool IsSkipped(string file) =>
        string.Equals(Path.GetFileName(file), Configuration.ConfigLoader.DefaultFileName, StringComparison.OrdinalIgnoreCase)
        || _skipped.Contains(PathComparison.Normalize(file), PathComparison.Comparer);
}
