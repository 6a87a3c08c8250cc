namespace Convert.Core.Writing;

/// <summary>The registry of output formats, in one visible list.</summary>
public static class ArticleWriters
{
    public static IReadOnlyList<IArticleWriter> All { get; } =
    [
        new JsonArticleWriter(),
        new DocxArticleWriter(),
        new MarkdownArticleWriter(),
        new PlainTextArticleWriter(),
    ];

    /// <summary>The writer for a format name or file extension (with or without the dot), or null.</summary>
    public static IArticleWriter? Find(string formatOrExtension)
    {
        var key = formatOrExtension.TrimStart('.').ToLowerInvariant();
        key = key switch { "markdown" => "md", "text" => "txt", _ => key };
        return All.FirstOrDefault(w => w.Format == key || w.Extension.TrimStart('.') == key);
    }
}
