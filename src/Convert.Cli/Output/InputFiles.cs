using Convert.Cli.FileSystem;
using Convert.Cli.Input;

namespace Convert.Cli.Output;

/// <summary>
/// Every path that names an input file, as given and as its real path (every link on the way resolved), looked up
/// once so that checking each planned output against all inputs stays linear in a batch of thousands. Paths are kept
/// as <see cref="PathKey"/>s, not strings: a batch of 20,000 files would otherwise hold 40,000 more paths to the end.
/// </summary>
internal sealed class InputFiles
{
    private readonly Dictionary<UInt128, InputSource> _byKey = [];

    private InputFiles()
    {
    }

    public static InputFiles Of(IReadOnlyList<InputSource> inputs)
    {
        var files = new InputFiles();
        foreach (var input in inputs)
        {
            if (input.FullPath is not { } path)
                continue;
            var given = PathComparison.Normalize(path);
            files._byKey.TryAdd(PathKey.Of(given), input);
            // An output reached through other links (a linked folder, /proc/self/cwd) compares equal by its real path.
            if (RealPath.OrNull(path) is { } real && real != given)
                files._byKey.TryAdd(PathKey.Of(real), input);
        }
        return files;
    }

    /// <summary>The input an output would replace: named by <paramref name="fullPath"/> as given, or by its real path.</summary>
    public InputSource? At(string fullPath, string realPath) =>
        _byKey.TryGetValue(PathKey.Of(PathComparison.Normalize(fullPath)), out var input) || _byKey.TryGetValue(PathKey.Of(realPath), out input)
            ? input : null;
}
