using Microsoft.Extensions.FileSystemGlobbing;

namespace Convert.Cli.Input;

/// <summary>
/// The --include and --exclude globs of convert and validate: a walked file is kept when it matches an include glob
/// (if any) and no exclude glob. A glob is tried on the path relative to the walked directory argument and on the
/// path relative to the current folder, with '/' separators.
/// </summary>
internal sealed class GlobFilter
{
    private readonly Matcher? _include;
    private readonly Matcher? _exclude;
    private readonly string _currentDirectory;

    public GlobFilter(IReadOnlyList<string> include, IReadOnlyList<string> exclude, string currentDirectory)
    {
        _include = Build(include);
        _exclude = Build(exclude);
        _currentDirectory = currentDirectory;
    }

    /// <summary>True when no glob was given: every file is kept.</summary>
    public bool KeepsAll => _include is null && _exclude is null;

    /// <summary>Whether <paramref name="file"/>, found walking <paramref name="walkedDirectory"/>, is kept.</summary>
    public bool Keeps(string file, string walkedDirectory)
    {
        if (KeepsAll)
            return true;
        var fromArgument = Slashes(Path.GetRelativePath(walkedDirectory, file));
        var fromCurrent = Slashes(Path.GetRelativePath(_currentDirectory, file));
        return (_include is null || Matches(_include, fromArgument, fromCurrent)) && (_exclude is null || !Matches(_exclude, fromArgument, fromCurrent));
    }

    public static string Slashes(string path) => path.Replace('\\', '/');

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
}
