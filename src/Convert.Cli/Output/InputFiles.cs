using Convert.Cli.FileSystem;
using Convert.Cli.Input;

namespace Convert.Cli.Output;

/// <summary>
/// Every path that names an input file, as given and as its real path (every link on the way resolved), looked up
/// once so that checking each planned output against all inputs stays linear in a batch of thousands.
/// </summary>
internal static class InputFiles
{
    public static IReadOnlyDictionary<string, InputSource> Of(IReadOnlyList<InputSource> inputs)
    {
        var byPath = new Dictionary<string, InputSource>(PathComparison.Comparer);
        foreach (var input in inputs)
        {
            if (input.FullPath is not { } path)
                continue;
            byPath.TryAdd(PathComparison.Normalize(path), input);
            // An output reached through other links (a linked folder, /proc/self/cwd) compares equal by its real path.
            if (RealPath.OrNull(path) is { } real)
                byPath.TryAdd(real, input);
        }
        return byPath;
    }
}
