using Convert.Cli.Input;

namespace Convert.Cli.Output;

/// <summary>
/// Every path that names an input file, with and without following symbolic links, looked up once so that checking
/// each planned output against all inputs stays linear in a batch of thousands.
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
            // Renaming a new file over a link's target would replace an input that was named through the link.
            byPath.TryAdd(PathComparison.Normalize(PathComparison.ResolveLinks(path)), input);
        }
        return byPath;
    }
}
