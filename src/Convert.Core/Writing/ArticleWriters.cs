namespace Convert.Core.Writing;

/// <summary>
/// The registry of output formats, in one visible list (pandoc's writers): each writer with the other names
/// <c>--to</c> accepts for it and the file extensions that imply it. A new format is one writer class and one line here.
/// </summary>
public static class ArticleWriters
{
    /// <summary>The formats in the order help texts list them.</summary>
    public static IReadOnlyList<WriterFormat> Formats { get; } =
    [
        new(new JsonArticleWriter(), [], [".json"]),
        new(new DocxArticleWriter(), [], [".docx"]),
        new(new MarkdownArticleWriter(), ["markdown"], [".md", ".markdown"]),
        new(new PlainTextArticleWriter(), ["text"], [".txt"]),
        new(new JsonlArticleWriter(), ["ndjson"], [".jsonl", ".ndjson"]),
    ];

    public static IReadOnlyList<IArticleWriter> All { get; } = [.. Formats.Select(f => f.Writer)];

    /// <summary>Every name <c>--to</c> accepts: each format's name followed by its aliases.</summary>
    public static IReadOnlyList<string> AcceptedNames { get; } =
        [.. Formats.SelectMany(f => f.Aliases.Prepend(f.Writer.Format))];

    /// <summary>The writer for a format name, alias or file extension (with or without the dot), or null.</summary>
    public static IArticleWriter? Find(string formatOrExtension)
    {
        ArgumentNullException.ThrowIfNull(formatOrExtension);
        var key = formatOrExtension.TrimStart('.').ToLowerInvariant();
        return Formats.FirstOrDefault(f => f.Writer.Format == key || f.Aliases.Contains(key) || f.Extensions.Contains("." + key))?.Writer;
    }

    /// <summary>The format a file's extension implies, or null when the extension is not one of ours.</summary>
    public static IArticleWriter? ForPath(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return Formats.FirstOrDefault(f => f.Extensions.Contains(extension))?.Writer;
    }
}

/// <summary>One output format: its writer, the other names <c>--to</c> takes for it, and the extensions that imply it.</summary>
public sealed record WriterFormat(IArticleWriter Writer, IReadOnlyList<string> Aliases, IReadOnlyList<string> Extensions);
