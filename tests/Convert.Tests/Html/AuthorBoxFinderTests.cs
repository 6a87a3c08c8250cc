using Convert.Core.Html;
using Convert.Core.Model;

namespace Convert.Tests.Html;

public class AuthorBoxFinderTests
{
    private const string Paragraphs = """
        <p>The river that once fed the valley's orchards has shrunk to a trickle this summer, and the farmers who depend on it are worried.</p>
        <p>Officials from the water board met growers on Tuesday, promising a review of the allocation rules before the next planting season.</p>
        <p>Some growers have already started digging deeper wells, a costly gamble that hydrologists warn could lower the water table further.</p>
        """;

    private const string JaneBio = "Jane Doe is a science writer who covers water, farming and climate. She lives in the valley with two dogs.";

    private static Article Read(string article, string head = "<title>The River Runs Dry</title>") =>
        HtmlRead.Article($"<html><head>{head}</head><body><article>{article}</article></body></html>");

    private static List<PageNode> Boxes(string body)
    {
        var page = PageBuilder.Build(body);
        NodeMetrics.Compute(page.Body);
        return AuthorBoxFinder.Find(page.Body, ClassMarkers.BuiltIn);
    }

    [Fact]
    public void AuthorBioBox_BecomesAnAuthorWithNameAndBio()
    {
        var article = Read(Paragraphs + $"""<div class="author-bio"><h4>Jane Doe</h4><p>{JaneBio}</p></div>""");

        var author = Assert.Single(article.Authors);
        Assert.Equal("Jane Doe", author.Name);
        Assert.Equal([JaneBio], author.Bio);
    }

    [Fact]
    public void AuthorBioBox_IsNotInTheBody()
    {
        var article = Read(Paragraphs + $"""<div class="author-bio"><h4>Jane Doe</h4><p>{JaneBio}</p></div>""");

        Assert.Equal(3, article.Body.Count);
        Assert.DoesNotContain(article.Body, b => b.PlainText.Contains("Jane Doe", StringComparison.Ordinal));
    }

    [Fact]
    public void SchemaOrgPersonWithDescription_BecomesAnAuthor()
    {
        var article = Read(Paragraphs + """
            <div itemscope itemtype="https://schema.org/Person">
              <h3 itemprop="name">John Roe</h3>
              <p itemprop="description">John Roe is a reporter who has covered the valley's farms and rivers for twenty years.</p>
            </div>
            """);

        var author = Assert.Single(article.Authors);
        Assert.Equal("John Roe", author.Name);
        Assert.Equal(["John Roe is a reporter who has covered the valley's farms and rivers for twenty years."], author.Bio);
        Assert.DoesNotContain(article.Body, b => b.PlainText.Contains("John Roe", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonLdAuthorWithoutABox_IsANameOnlyAuthor()
    {
        var article = Read(Paragraphs, """
            <title>The River Runs Dry</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"The River Runs Dry","author":{"@type":"Person","name":"Jane Doe"}}</script>
            """);

        var author = Assert.Single(article.Authors);
        Assert.Equal("Jane Doe", author.Name);
        Assert.Empty(author.Bio);
        Assert.Equal("Jane Doe", article.Metadata.Byline);
    }

    [Fact]
    public void BylineAndBoxForTheSamePerson_AreMergedIntoOneAuthor()
    {
        var article = Read($"""
            <div class="byline">By Jane Doe</div>
            {Paragraphs}
            <div class="author-box"><h4>Jane Doe</h4><p>{JaneBio}</p></div>
            """);

        var author = Assert.Single(article.Authors);
        Assert.Equal("Jane Doe", author.Name);
        Assert.Equal([JaneBio], author.Bio);
        Assert.Equal("By Jane Doe", article.Metadata.Byline);
    }

    [Fact]
    public void BylineAndBox_LeaveOnlyTheArticleInTheBody()
    {
        var article = Read($"""
            <div class="byline">By Jane Doe</div>
            {Paragraphs}
            <div class="author-box"><h4>Jane Doe</h4><p>{JaneBio}</p></div>
            """);

        Assert.Equal(3, article.Body.Count);
        Assert.All(article.Body, b => Assert.DoesNotContain("Jane Doe", b.PlainText, StringComparison.Ordinal));
    }

    [Fact]
    public void BylineWithADate_GivesTheAuthor()
    {
        var article = Read("<div class=\"byline\">By Jane Doe | March 3, 2025</div>" + Paragraphs);

        Assert.Equal("Jane Doe", Assert.Single(article.Authors).Name);
        Assert.Equal("By Jane Doe | March 3, 2025", article.Metadata.Byline);
        Assert.Equal("2025-03-03", article.Metadata.Published);
        Assert.Equal(3, article.Body.Count);
    }

    [Fact]
    public void Finder_SkipsBoxesInsideComments()
    {
        var boxes = Boxes($"""<div id="comments"><div class="author-info"><b>Carl</b><p>{JaneBio}</p></div></div>""");

        Assert.Empty(boxes);
    }

    [Fact]
    public void Finder_KeepsBoxesUnderAClassThatOnlyMentionsComments()
    {
        var boxes = Boxes($"""<div class="post has-comments"><div class="author-info"><b>Jane Doe</b><p>{JaneBio}</p></div></div>""");

        Assert.Single(boxes);
    }

    [Fact]
    public void Finder_SkipsNameOnlyBoxes()
    {
        Assert.Empty(Boxes("""<div class="author-box"><a href="/jane">Jane Doe, staff writer</a></div>"""));
    }

    [Fact]
    public void Finder_TakesTheOutermostBoxOnly()
    {
        var boxes = Boxes($"""<section class="about-the-author"><div class="author-bio"><h4>Jane Doe</h4><p>{JaneBio}</p></div></section>""");

        Assert.Equal("section", Assert.Single(boxes).Tag);
    }
}
