using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Splitting;
using Convert.Tests.Splitting;

namespace Convert.Tests.Html;

/// <summary>The splitter options the HTML reader relies on: a title known from elsewhere, a known byline, its own blocks.</summary>
public class ArticleSplitterHooksTests
{
    private const string Text = """
        A Short Title

        The river has shaped the valley for centuries and still decides who farms.

        Officials now want to restore trust in the region.
        """;

    private static Article Split(string text, SplitOptions options) =>
        ArticleSplitter.Split(ScrapedText.Clean(text), options);

    [Fact]
    public void DetectTitle_TakesTheFirstShortBlockForTheTitle()
    {
        var article = Split(Text, new SplitOptions());

        Assert.Equal("A Short Title", article.Title);
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void WithoutDetectTitle_TheFirstBlockStaysInTheBody()
    {
        var article = Split(Text, new SplitOptions { DetectTitle = false });

        Assert.Null(article.Title);
        Assert.Equal("A Short Title", article.Body[0].PlainText);
    }

    [Fact]
    public void KnownByline_GivesTheAuthor_WhenTheTextHasNoByline()
    {
        var article = Split(Text, new SplitOptions { KnownByline = "Jane Doe" });

        Assert.Equal("Jane Doe", Assert.Single(article.Authors).Name);
        Assert.Equal("Jane Doe", article.Metadata.Byline);
    }

    [Fact]
    public void KnownByline_WithADate_GivesThePublishedDate()
    {
        var article = Split(Text, new SplitOptions { KnownByline = "By Jane Doe | March 3, 2025" });

        Assert.Equal("2025-03-03", article.Metadata.Published);
    }

    [Fact]
    public void BylineInTheText_WinsOverTheKnownByline()
    {
        var article = Split("""
            A Short Title

            By John Roe

            The river has shaped the valley for centuries and still decides who farms.
            """, new SplitOptions { KnownByline = "Jane Doe" });

        Assert.Equal("John Roe", Assert.Single(article.Authors).Name);
    }

    [Fact]
    public void KnownBylineThatIsNoName_GivesNoAuthor()
    {
        var article = Split(Text, new SplitOptions { KnownByline = "   " });

        Assert.Empty(article.Authors);
        Assert.Null(article.Metadata.Byline);
    }

    [Fact]
    public void RichBlocks_AreKeptAsTheReaderBuiltThem()
    {
        var cleaned = ScrapedText.Clean(Text);
        var rich = cleaned with
        {
            Blocks = cleaned.Blocks.Select(b => new SourceBlock(b.Lines, b.Source, new Quote(b.Text, b.Source)) { Ordinal = b.Ordinal }).ToList(),
        };

        var article = ArticleSplitter.Split(rich, new SplitOptions { DetectTitle = false });

        Assert.Equal(3, article.Body.Count);
        Assert.All(article.Body, b => Assert.IsType<Quote>(b));
        Assert.Equal([1, 3, 5], article.Body.Select(b => b.Source.StartLine));
    }
}
