using Convert.Cli.Input;
using Convert.Core.Validation;
using Microsoft.Extensions.FileSystemGlobbing;

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
    private readonly Matcher? _include;
    private readonly Matcher? _exclude;
    private readonly string _currentDirectory;
    private readonly IReadOnlyList<string> _skipped;

    /// <param name="include">--include globs.</param>
    /// <param name="exclude">--exclude globs.</param>
    /// <param name="currentDirectory">What relative arguments and globs are relative to.</param>
    /// <param name="skipped">Full paths a walk never picks up: the report being written, the baseline read or written.</param>
    public ValidateInputResolver(IReadOnlyList<string> include, IReadOnlyList<string> exclude, string currentDirectory, IReadOnlyList<string>? skipped = null)
    {
        _include = Build(include);
        _exclude = Build(exclude);
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
        InputResolver.ListFiles(directory, f => FileKinds.FromPath(f) is not null && !IsSkipped(f))
            .Select(file => (File: file, Relative: Slashes(Path.GetRelativePath(directory, file))))
            .Where(f => Selected(f.Relative, Slashes(Path.GetRelativePath(_currentDirectory, f.File))))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new InputSource(Path.Join(argument, f.Relative), f.File, directory));

    private bool IsSkipped(string file) =>
        string.Equals(Path.GetFileName(file), Commands.ConfigLoader.DefaultFileName, StringComparison.OrdinalIgnoreCase)
        || _skipped.Contains(PathComparison.Normalize(file), PathComparison.Comparer);

    private bool Selected(string fromArgument, string fromCurrent) =>
        (_include is null || Matches(_include, fromArgument, fromCurrent)) && (_exclude is null || !Matches(_exclude, fromArgument, fromCurrent));

    private static bool Matches(Matcher matcher, string fromArgument, string fromCurrent) =>
        matcher.Match(fromArgument).HasMatches || (!fromCurrent.StartsWith("../", StringComparison.Ordinal) && matcher.Match(fromCurrent).HasMatches);

    private static Matcher? Build(IReadOnlyList<string> globs)
    {
        if (globs.Count == 0)
            return null;
        var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        foreach (var glob in globs)
            matcher.AddInclude(glob);
        return matcher;
    }

    private static string Slashes(string path) => path.Replace('\\', '/');
}
