using Convert.Core.Reading;
using Convert.Core.Writing;

namespace Convert.Core.Validation;

/// <summary>What a file is to <c>validate</c>, which decides the checks it gets.</summary>
public enum FileKind
{
    /// <summary>Scraped plain text (.txt, .text).</summary>
    Text,
    /// <summary>Scraped HTML (.html, .htm).</summary>
    Html,
    /// <summary>A converted article as JSON (.json).</summary>
    Json,
    /// <summary>A converted article as Word (.docx).</summary>
    Docx,
}

/// <summary>File extensions of each <see cref="FileKind"/>.</summary>
public static class FileKinds
{
    // Inputs as the convert walk finds them (the readers' registry), then the outputs validate has checks for.
    private static readonly IReadOnlyList<(string Extension, FileKind Kind)> ByExtension =
    [
        .. InputReaders.All.Where(r => r.ReadInFolderWalks && r.Format is InputFormat.Text or InputFormat.Html)
            .SelectMany(r => r.Extensions.Select(e => (e, r.Format == InputFormat.Html ? FileKind.Html : FileKind.Text))),
        .. ArticleWriters.Formats.Where(f => f.Writer.Format is "json" or "docx")
            .SelectMany(f => f.Extensions.Select(e => (e, f.Writer.Format == "json" ? FileKind.Json : FileKind.Docx))),
    ];

    /// <summary>The extensions validate picks up when walking a directory.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. ByExtension.Select(e => e.Extension)];

    /// <summary>The kind of a file by its extension, or null for files validate does not check.</summary>
    public static FileKind? FromPath(string path)
    {
        var extension = Path.GetExtension(path);
        foreach (var (known, kind) in ByExtension)
        {
            if (known.Equals(extension, StringComparison.OrdinalIgnoreCase))
                return kind;
        }
        return null;
    }
}
