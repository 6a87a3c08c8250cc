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
    /// <summary>The extensions validate picks up when walking a directory.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".html", ".htm", ".json", ".docx"];

    /// <summary>The kind of a file by its extension, or null for files validate does not check.</summary>
    public static FileKind? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => FileKind.Text,
        ".html" or ".htm" => FileKind.Html,
        ".json" => FileKind.Json,
        ".docx" => FileKind.Docx,
        _ => null,
    };
}
