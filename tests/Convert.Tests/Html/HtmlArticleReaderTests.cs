using Convert.Core.Reading;
using Convert.Core;
using Convert.Core.Cleaning;
using Convert.Core.Html;

namespace Convert.Tests.Html;

public class HtmlArticleReaderTests
{
    private const string Paragraphs = """
        <p>The river that once fed the valley's orchards has shrunk to a trickle this summer, and the farmers are worried.</p>
        <p>Officials from the water board met growers on Tuesday, promising a review of the allocation rules.</p>
        """;

    private static string Page(string head, string article) => $"<html lang=\"en-GB\"><head>{head}</head><body><article>{article}</article></body></html>";

    [Fact]
    public void HeadingRepeatingTheTitle_IsLeftOutOfTheBody()
    {
        var article = HtmlRead.Article(Page("<title>The River Runs Dry | Valley News</title>", "<h1>The River Runs Dry</h1>" + Paragraphs));

        Assert.Equal("The River Runs Dry", article.Title);
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void HeadingOtherThanTheTitle_StaysInTheBody()
    {
        var article = HtmlRead.Article(Page("<title>The River Runs Dry</title>", "<h2>What the board said</h2>" + Paragraphs));

        Assert.Equal("What the board said", article.Body[0].PlainText);
    }

    [Fact]
    public void TitleOverride_WinsOverThePageTitle()
    {
        var article = ConversionPipeline.Default.ConvertText(
            Page("<title>The River Runs Dry</title>", "<h1>The River Runs Dry</h1>" + Paragraphs),
            new ConversionOptions { TitleOverride = " Water Troubles ", Format = InputFormat.Html });

        Assert.Equal("Water Troubles", article.Title);
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void Metadata_ComesFromTheHead()
    {
        var article = HtmlRead.Article(Page("""
            <title>The River Runs Dry</title>
            <link rel="canonical" href="https://example.com/river">
            <meta property="og:site_name" content="Valley News">
            <meta property="article:published_time" content="2025-06-01T09:00:00Z">
            <meta property="article:tag" content="Rivers">
            """, Paragraphs), sourcePath: "in/river.html");

        var metadata = article.Metadata;
        Assert.Equal(
            ("in/river.html", "https://example.com/river", "Valley News", "en-GB", "2025-06-01"),
            (metadata.SourcePath, metadata.SourceUrl, metadata.SiteName, metadata.Language, metadata.Published));
        Assert.Equal(["Rivers"], metadata.Tags);
    }

    [Fact]
    public void AuthorsFromABox_WinOverNamesFromMetadata()
    {
        var article = HtmlRead.Article(Page(
            "<title>The River Runs Dry</title><meta name=\"author\" content=\"Jane Doe\">",
            Paragraphs + "<div class=\"author-bio\"><h4>Jane Doe</h4><p>Jane Doe is a science writer who covers water and farming in the valley.</p></div>"));

        var author = Assert.Single(article.Authors);
        Assert.NotEmpty(author.Bio);
    }

    [Fact]
    public void ABareTextPage_IsReadAsOneParagraph()
    {
        var article = HtmlRead.Article("Just some words, no markup at all.");

        Assert.Equal(["Just some words, no markup at all."], HtmlRead.BodyTexts(article));
    }
}
