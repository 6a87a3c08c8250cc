using Convert.Core.Model;
using Convert.Core.Writing.Text;

namespace Convert.Core.Writing;

/// <summary>
/// Writes the article as plain text (<c>--to txt</c>): a header block of the article's facts ("Title: ...", unless
/// <see cref="WriterOptions.FrontMatter"/> is off), title, subtitle, byline, paragraphs separated by blank lines, lists
/// with "- " or "1. " (nested ones indented), code indented by four spaces, tables with aligned columns, quotes with "> ", sub- and superscripts as
/// Unicode characters where they all have one (H₂O, E=mc²), a source note, then the "About the author(s)" section.
/// UTF-8 without BOM, LF line ends, deterministic; formatting and link targets are dropped.
/// </summary>
public sealed class PlainTextArticleWriter : IArticleWriter
{
    public string Format => "txt";
    public string Extension => ".txt";
    public bool IsBinary => false;

    public void Write(Article article, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        Compose(article, options.FrontMatter).WriteTo(output);
    }

    /// <summary>The text, exactly as <see cref="Write"/> writes it.</summary>
    public static string ToText(Article article, bool headerBlock = true) => Compose(article, headerBlock).ToString();

    private static TextDocument Compose(Article article, bool headerBlock)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new TextDocument();
        if (headerBlock)
            document.Add(TextHeaderBlock.Of(ArticleFacts.Of(article)));
        document.Add(article.Title);
        document.Add(article.Subtitle);
        document.Add(ArticleFrontAndBackMatter.BylineLine(article));

        foreach (var block in article.Body)
            document.Add(Block(block));

        if (ArticleFrontAndBackMatter.SourceNoteUrl(article) is { } url)
            document.Add(ArticleFrontAndBackMatter.SourceNotePrefix(article) + url);

        var authors = ArticleFrontAndBackMatter.AuthorsToIntroduce(article);
        if (authors.Count > 0)
            document.Add(ArticleFrontAndBackMatter.AboutHeading(article, authors.Count));
        foreach (var author in authors)
        {
            // Name and role stay together as one card line pair; bio paragraphs follow.
            document.Add(string.IsNullOrWhiteSpace(author.Role) ? author.DisplayName : author.DisplayName + "\n" + author.Role);
            foreach (var paragraph in author.Bio)
                document.Add(paragraph);
            if (author.Links.Count > 0)
                document.Add(string.Join('\n', author.Links.Select(l => l.Label == l.Url ? l.Url : $"{l.Label}: {l.Url}")));
        }
        return document;
    }

    private static string Block(Block block) => block switch
    {
        Paragraph p => PlainScripts.Text(p.Runs),
        Heading h => PlainScripts.Text(h.Runs),
        ListBlock l => string.Join('\n', ListLayout.Of(l).Select(x => x.Indent + Indent(x.Marker, PlainScripts.Text(x.Item.Runs), x.Indent))),
        Table t => TextTable.Of(t),
        Figure f => FigureText(f),
        CodeBlock c => string.Join('\n', TextDocument.NormalizeLineEnds(c.Text).Split('\n').Select(line => CodeIndent + line)),
        Quote q => string.Join('\n', TextDocument.NormalizeLineEnds(PlainScripts.Text(q.Runs)).Split('\n').Select(line => "> " + line)),
        _ => throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(block)),
    };

    private const string CodeIndent = "    ";

    // The caption and credit as one line; the alt text stands in for the image only when there is no caption to read.
    private static string FigureText(Figure figure)
    {
        var lines = new List<string>(2);
        if (!figure.HasCaption && !string.IsNullOrWhiteSpace(figure.AltText))
            lines.Add($"[Image: {TextDocument.OneLine(figure.AltText)}]");
        var caption = figure.CaptionAndCredit;
        if (caption.Count > 0)
            lines.Add(TextDocument.OneLine(PlainScripts.Text(caption)));
        return string.Join('\n', lines);
    }

    private static string Indent(string marker, string text, string indent = "") =>
        marker + TextDocument.NormalizeLineEnds(text).Replace("\n", "\n" + indent + new string(' ', marker.Length), StringComparison.Ordinal);
}
