using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Tests.Writing;

/// <summary>YAML front matter in Markdown and the header block of text: which facts, and quoting that survives any text.</summary>
public class FrontMatterTests
{
    private static Article WithTitle(string title, ArticleMetadata? metadata = null) =>
        new() { Title = title, Metadata = metadata ?? ArticleMetadata.Empty, Body = [new Paragraph("Body.", SourceSpan.None)] };

    [Theory]
    [InlineData("Why: a colon", "\"Why: a colon\"")]
    [InlineData("She said \"no\"", "\"She said \\\"no\\\"\"")]
    [InlineData("C:\\path", "\"C:\\\\path\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("- not a list", "\"- not a list\"")]
    [InlineData("# not a comment", "\"# not a comment\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("Ζωή & Čeština — 東京", "\"Ζωή & Čeština — 東京\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    public void TitlesAreQuotedAndEscaped(string title, string yaml) =>
        Assert.StartsWith($"---\ntitle: {yaml}\n---\n\n", MarkdownArticleWriter.ToMarkdown(WithTitle(title)), StringComparison.Ordinal);

    [Fact]
    public void NoFrontMatterWhenNothingIsKnown()
    {
        var article = new Article { Body = [new Paragraph("Body only.", SourceSpan.None)] };

        Assert.Equal("Body only.\n", MarkdownArticleWriter.ToMarkdown(article));
        Assert.Equal("Body only.\n", PlainTextArticleWriter.ToText(article));
    }

    [Fact]
    public void TheBylineStandsInWhenNoAuthorWasFound()
    {
        var article = WithTitle("T", new ArticleMetadata { Byline = "By the Newsroom | 3 March" });

        Assert.StartsWith("---\ntitle: \"T\"\nbyline: \"By the Newsroom | 3 March\"\n---\n", MarkdownArticleWriter.ToMarkdown(article), StringComparison.Ordinal);
        Assert.StartsWith("Title: T\nByline: By the Newsroom | 3 March\n\nT\n", PlainTextArticleWriter.ToText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void TheWriterOptionTurnsThemOff()
    {
        var options = WriterOptions.Default with { FrontMatter = false };
        using var markdown = new MemoryStream();
        using var text = new MemoryStream();

        new MarkdownArticleWriter().Write(SampleArticles.Full, markdown, options);
        new PlainTextArticleWriter().Write(SampleArticles.Full, text, options);

        Assert.StartsWith("# The “Quiet” Street", System.Text.Encoding.UTF8.GetString(markdown.ToArray()), StringComparison.Ordinal);
        Assert.StartsWith("The “Quiet” Street", System.Text.Encoding.UTF8.GetString(text.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void TextHeaderValuesStayOnOneLine()
    {
        var article = WithTitle("Two\nlines", new ArticleMetadata { Tags = ["a", " ", "b c"] });

        Assert.StartsWith("Title: Two lines\nTags: a, b c\n\n", PlainTextArticleWriter.ToText(article), StringComparison.Ordinal);
    }
}
