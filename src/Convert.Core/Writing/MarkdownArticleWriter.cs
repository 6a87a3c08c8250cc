using Convert.Core.Model;
using Convert.Core.Writing.Markdown;
using Convert.Core.Writing.Text;

namespace Convert.Core.Writing;

/// <summary>
/// Writes the article as CommonMark (<c>--to md</c>): YAML front matter with the article's facts (unless
/// <see cref="WriterOptions.FrontMatter"/> is off), "# Title", the standfirst in bold, an italic byline line, the body (headings one
/// level down, capped at ###; nested lists indented, code fenced, tables as pipe tables or HTML), a source note for republished articles, and an "About the author(s)" section.
/// Line breaks inside a block ("\n" in a run) become hard breaks (a backslash at the line end).
/// UTF-8 without BOM, LF line ends, deterministic.
/// </summary>
public sealed class MarkdownArticleWriter : IArticleWriter
{
    public string Format => "md";
    public string Extension => ".md";
    public bool IsBinary => false;

    public void Write(Article article, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        Compose(article, options).WriteTo(output);
    }

    /// <summary>The Markdown text, exactly as <see cref="Write"/> writes it.</summary>
    public static string ToMarkdown(Article article, bool frontMatter = true) => Compose(article, WriterOptions.Default with { FrontMatter = frontMatter }).ToString();

    private static TextDocument Compose(Article article, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new TextDocument();
        if (options.FrontMatter)
            document.Add(YamlFrontMatter.Of(ArticleFacts.Of(article)));
        if (!string.IsNullOrWhiteSpace(article.Title))
            document.Add("# " + HeadingText([Run.Plain(article.Title)]));
        if (!string.IsNullOrWhiteSpace(article.Subtitle))
            document.Add("**" + MarkdownText.Inline(TextDocument.OneLine(article.Subtitle)) + "**");
        if (ArticleFrontAndBackMatter.BylineLine(article) is { } byline)
            document.Add(Italic(MarkdownText.Inline(TextDocument.OneLine(byline))));

        foreach (var block in article.Body)
            document.Add(Block(block, options.OutputFolder));

        if (ArticleFrontAndBackMatter.SourceNoteUrl(article) is { } url)
            document.Add(Italic(MarkdownText.Escape(ArticleFrontAndBackMatter.SourceNotePrefix(article)) + Link(url)));

        var authors = ArticleFrontAndBackMatter.AuthorsToIntroduce(article);
        if (authors.Count > 0)
            document.Add("## " + ArticleFrontAndBackMatter.AboutHeading(article, authors.Count));
        foreach (var author in authors)
        {
            document.Add($"**{MarkdownText.Inline(TextDocument.OneLine(author.DisplayName))}**");
            if (!string.IsNullOrWhiteSpace(author.Role))
                document.Add(Italic(MarkdownText.Inline(TextDocument.OneLine(author.Role))));
            foreach (var paragraph in author.Bio)
                document.Add(MarkdownText.Inline(paragraph));
            if (author.Links.Count > 0)
                document.Add(string.Join(" · ", author.Links.Select(l => $"[{MarkdownText.Escape(l.Label)}]({MarkdownText.Destination(l.Url)})")));
        }
        return document;
    }

    private static string Block(Block block, string? outputFolder) => block switch
    {
        Paragraph p => MarkdownText.Inline(p.Runs),
        Heading h => new string('#', Math.Clamp(h.Level + 1, 2, 3)) + " " + HeadingText(h.Runs),
        ListBlock l => string.Join('\n', ListLayout.Of(l).Select(x => ListItem(x.Indent, x.Marker, x.Item))),
        CodeBlock c => MarkdownCode.Fenced(c.Text, c.Language),
        Table t => MarkdownTable.Of(t),
        Figure f => MarkdownFigure.Of(f, outputFolder),
        Quote q => string.Join('\n', MarkdownText.Inline(q.Runs).Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line)),
        _ => throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(block)),
    };

    // Continuation lines are indented to the item's content so they stay inside the item.
    private static string ListItem(string indent, string marker, ListItem item) =>
        indent + marker + MarkdownText.Inline(item.Runs).Replace("\n", "\n" + indent + new string(' ', marker.Length), StringComparison.Ordinal);

    // A heading is one line. Closing "#"s of an ATX heading are dropped by Markdown readers, so a trailing "#"
    // that belongs to the text ("Learning C#") is escaped.
    private static string HeadingText(IReadOnlyList<Run> runs)
    {
        var inline = TextDocument.OneLine(MarkdownText.Inline(runs));
        return inline.EndsWith('#') ? inline[..^1] + "\\#" : inline;
    }

    private static string Italic(string inline) => $"*{inline}*";

    private static string Link(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out _) && !url.Any(c => c is ' ' or '<' or '>')
            ? $"<{url}>"
            : MarkdownText.Escape(url);
}
