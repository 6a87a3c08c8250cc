using Convert.Core.Html;
using Convert.Core.Reading;
using Convert.Core.Streams;
using Convert.Core.Writing.Json;

namespace Convert.Core;

/// <summary>
/// The registry of input formats, in one visible list (pandoc's readers). An input whose extension says nothing is
/// given to the first reader whose sniff test claims it, else to <see cref="Fallback"/> (scraped text reads anything).
/// A new format is one <see cref="IInputReader"/> class and one line here.
/// </summary>
public static class InputReaders
{
    // Declared before All: static fields initialise in the order written.
    private static readonly TextInputReader TextReader = new();

    public static IReadOnlyList<IInputReader> All { get; } =
    [
        Fallback,
        new HtmlInputReader(),
        new JsonInputReader(),
        new JsonlInputReader(),
    ];

    /// <summary>The reader of inputs no other reader claims: scraped text.</summary>
    public static IInputReader Fallback => TextReader;

    /// <summary>The reader of <paramref name="format"/>; for <see cref="InputFormat.Auto"/>, detected from the path and the bytes.</summary>
    public static IInputReader For(InputFormat format, string? sourcePath, ReadOnlySpan<byte> start) =>
        format == InputFormat.Auto ? Detect(sourcePath, start) : All.First(r => r.Format == format);

    /// <summary>The reader named <paramref name="name"/> (a <c>--from</c> value), or null.</summary>
    public static IInputReader? Find(string name) => All.FirstOrDefault(r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>By extension first, then by the first reader whose sniff test claims the bytes.</summary>
    public static IInputReader Detect(string? sourcePath, ReadOnlySpan<byte> start)
    {
        if (ByExtension(sourcePath) is { } byName)
            return byName;
        foreach (var reader in All)
        {
            if (reader != Fallback && reader.Sniff(start))
                return reader;
        }
        return Fallback;
    }

    /// <summary>The reader whose extension ends <paramref name="path"/> (".jsonl.gz" counts whole), or null.</summary>
    public static IInputReader? ByExtension(string? path) => string.IsNullOrEmpty(path) ? null
        : All.FirstOrDefault(r => r.Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase) && path.Length > e.Length));

    /// <summary>The extensions a folder walk picks up, in registry order.</summary>
    public static IReadOnlyList<string> FolderExtensions { get; } =
        [.. All.Where(r => r.ReadInFolderWalks).SelectMany(r => r.Extensions)];

    /// <summary>True when a folder walk reads <paramref name="path"/>.</summary>
    public static bool IsReadInFolderWalks(string path) =>
        FolderExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
