using Convert.Core.Html;

namespace Convert.Tests.Html;

public class PageMetadataReaderTests
{
    private static PageFacts Facts(string head, string body = "<p>Body text.</p>", string htmlAttributes = "") =>
        PageMetadataReader.Read(PageBuilder.Build($"<!DOCTYPE html><html{htmlAttributes}><head>{head}</head><body>{body}</body></html>"), ClassMarkers.BuiltIn);

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    private const string AllTitles = """
        <title>Document Title Words | Example Site</title>
        <meta property="og:title" content="Open Graph Title">
        <meta property="og:site_name" content="Example Site">
        """;

    [Fact]
    public void Title_JsonLdHeadlineComesFirst()
    {
        var facts = Facts(AllTitles + JsonLd("""{"@type":"NewsArticle","headline":"The Headline"}"""), "<h1>Heading One</h1>");

        Assert.Equal("The Headline", facts.Title);
    }

    [Fact]
    public void Title_OpenGraphComesBeforeTheDocumentTitle()
    {
        Assert.Equal("Open Graph Title", Facts(AllTitles, "<h1>Heading One</h1>").Title);
    }

    [Fact]
    public void Title_DocumentTitleLosesTheSiteNameSuffix()
    {
        var facts = Facts("<title>Rivers Run Dry | Example Site</title><meta property=\"og:site_name\" content=\"Example Site\">");

        Assert.Equal("Rivers Run Dry", facts.Title);
    }

    [Fact]
    public void Title_DocumentTitleLosesAShortSuffix_WithoutASiteName()
    {
        Assert.Equal("Rivers Run Dry Again", Facts("<title>Rivers Run Dry Again - The Chronicle</title>").Title);
    }

    [Fact]
    public void Title_DocumentTitleLosesTheSuffix_WhenTheHeadMatchesTheHeading()
    {
        Assert.Equal("Drought", Facts("<title>Drought | Chronicle</title>", "<h1>Drought</h1>").Title);
    }

    [Fact]
    public void Title_AHeadlineEscapedTwice_IsDecoded()
    {
        var facts = Facts("<title>Tools for 2026: Python, SQL &#x26; AI | Example</title>", "<h1>Tools for 2026: Python, SQL &amp;#x26; AI</h1>");

        Assert.Equal("Tools for 2026: Python, SQL & AI", facts.Title);
    }

    [Fact]
    public void Title_HeadingIsTheLastResort()
    {
        Assert.Equal("Heading One", Facts("", "<h1> Heading\n One </h1><p>Body.</p>").Title);
    }

    [Fact]
    public void Title_DashInOpenGraphTitle_IsKept()
    {
        Assert.Equal("Left - Right, a history", Facts("<meta property=\"og:title\" content=\"Left - Right, a history\">").Title);
    }

    [Fact]
    public void Title_NoneAtAll_IsNull()
    {
        Assert.Null(Facts("", "<p>Just a paragraph.</p>").Title);
    }

    [Fact]
    public void TitleCleaner_SiteNameContainingTheTail_IsTakenOff()
    {
        Assert.Equal("A Story", TitleCleaner.Clean(null, "A Story – Chronicle", null, "The Chronicle Online"));
    }

    [Fact]
    public void JsonLd_InAGraph_IsRead()
    {
        var facts = Facts(JsonLd("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example"},
              {"@type":"WebPage","name":"Page Name"},
              {"@type":"Article","headline":"Graph Headline","author":{"@type":"Person","name":"Jane Doe"}}
            ]}
            """));

        Assert.Equal("Graph Headline", facts.Title);
        Assert.Equal(["Jane Doe"], facts.AuthorNames);
    }

    [Fact]
    public void JsonLd_TopLevelArray_IsRead()
    {
        var facts = Facts(JsonLd("""[{"@type":"BreadcrumbList"},{"@type":["BlogPosting"],"headline":"Array Headline"}]"""));

        Assert.Equal("Array Headline", facts.Title);
    }

    [Fact]
    public void JsonLd_ArticleBeatsWebPage()
    {
        var facts = Facts(JsonLd("""{"@type":"WebPage","name":"Page Name"}""") + JsonLd("""{"@type":"Article","headline":"Article Headline"}"""));

        Assert.Equal("Article Headline", facts.Title);
    }

    [Fact]
    public void JsonLd_WebPageAlone_GivesItsName()
    {
        Assert.Equal("Page Name", Facts(JsonLd("""{"@type":"WebPage","name":"Page Name"}""")).Title);
    }

    [Fact]
    public void JsonLd_WrappedInCData_IsRead()
    {
        var facts = Facts(JsonLd("""
            //<![CDATA[
            {"@type":"Article","headline":"Wrapped Headline"}
            //]]>
            """));

        Assert.Equal("Wrapped Headline", facts.Title);
    }

    [Fact]
    public void JsonLd_Broken_IsIgnored()
    {
        var facts = Facts(JsonLd("""{"@type":"Article","headline":"Broken""") + "<meta property=\"og:title\" content=\"Fallback Title\">");

        Assert.Equal("Fallback Title", facts.Title);
    }

    [Fact]
    public void JsonLd_BrokenScript_DoesNotHideALaterGoodOne()
    {
        var facts = Facts(JsonLd("{ not json") + JsonLd("""{"@type":"Article","headline":"Good Headline"}"""));

        Assert.Equal("Good Headline", facts.Title);
    }

    [Theory]
    [InlineData("""{"@type":"Person","name":"Jane Doe"}""")]
    [InlineData("""[{"@type":"Person","name":"Jane Doe"}]""")]
    [InlineData("\"Jane Doe\"")]
    [InlineData("\" Jane Doe \"")]
    public void Authors_FromJsonLd(string author)
    {
        var facts = Facts(JsonLd($$"""{"@type":"Article","headline":"H","author":{{author}}}"""));

        Assert.Equal(["Jane Doe"], facts.AuthorNames);
        Assert.Equal("Jane Doe", facts.Byline);
    }

    [Fact]
    public void Authors_SeveralFromJsonLd_InOrder()
    {
        var facts = Facts(JsonLd("""{"@type":"Article","author":[{"name":"Jane Doe"},{"name":"John Roe"},"Jane Doe"]}"""));

        Assert.Equal(["Jane Doe", "John Roe"], facts.AuthorNames);
        Assert.Equal("Jane Doe, John Roe", facts.Byline);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"Jane Doe\">")]
    [InlineData("<meta name=\"dc:creator\" content=\"Jane Doe\">")]
    [InlineData("<meta name=\"DC.creator\" content=\"Jane Doe\">")]
    public void Authors_FromMetaTags(string meta)
    {
        Assert.Equal(["Jane Doe"], Facts(meta).AuthorNames);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"https://example.com/jane\">")]
    [InlineData("<meta property=\"article:author\" content=\"facebook.com/janedoe\">")]
    public void Authors_AddressesInMetaTags_AreNotNames(string meta)
    {
        Assert.Empty(Facts(meta).AuthorNames);
    }

    [Fact]
    public void Authors_JsonLdWinsOverMetaAuthor()
    {
        var facts = Facts("<meta name=\"author\" content=\"Site Staff\">" + JsonLd("""{"@type":"Article","author":{"name":"Jane Doe"}}"""));

        Assert.Equal(["Jane Doe"], facts.AuthorNames);
    }

    [Theory]
    [InlineData("<p>By <a rel=\"author\" href=\"/jane\">Jane Doe</a></p>", "Jane Doe")]
    [InlineData("<div itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Doe</span><span itemprop=\"jobTitle\">Editor</span></div>", "Jane Doe")]
    [InlineData("<div class=\"byline\">By Jane Doe</div>", "By Jane Doe")]
    [InlineData("<span class=\"author-name\">\n  Jane   Doe\n</span>", "Jane Doe")]
    public void Byline_FromMarkedElements(string element, string expected)
    {
        var facts = Facts("", $"<article>{element}<p>Body text.</p></article>");

        Assert.Equal(expected, facts.Byline);
        Assert.Empty(facts.AuthorNames);
    }

    [Fact]
    public void Byline_WithABarBeforeTheDate_IsTheByline()
    {
        Assert.Equal("By Jane Doe | March 3, 2025", Facts("", "<div class=\"byline\">By Jane Doe | March 3, 2025</div><p>Body.</p>").Byline);
    }

    [Theory]
    [InlineData("Von Anna Schmidt | 3. März 2025")]
    [InlineData("Par Marie Dubois | 3 mars 2025")]
    public void Byline_InAnotherLanguageWithABarBeforeTheDate_IsTheByline(string byline) =>
        Assert.Equal(byline, Facts("", $"<div class=\"byline\">{byline}</div><p>Body.</p>").Byline);

    [Fact]
    public void Byline_InsideComments_IsNotTheByline()
    {
        var facts = Facts("", """
            <article><p>Body text.</p></article>
            <section id="comments"><div class="comment"><span class="comment-author vcard">Carl Commenter</span><p>Nice post.</p></div></section>
            """);

        Assert.Null(facts.Byline);
    }

    [Fact]
    public void Byline_AccountLinks_AreNotTheByline()
    {
        var facts = Facts("", "<div class=\"author-links\"><a href=\"/login\">Sign In</a> | <a href=\"/join\">Sign Up</a></div><p>Body.</p>");

        Assert.Null(facts.Byline);
    }

    [Fact]
    public void Byline_ADate_IsNotTheByline()
    {
        Assert.Null(Facts("", "<div class=\"dateline\">12.03.2024 10:55</div><p>Body.</p>").Byline);
    }

    [Fact]
    public void Byline_FirstPlausibleElementWins()
    {
        var facts = Facts("", "<div class=\"byline\">12.03.2024</div><div class=\"byline\">By Jane Doe</div><p>Body.</p>");

        Assert.Equal("By Jane Doe", facts.Byline);
    }

    [Fact]
    public void Published_FromJsonLd()
    {
        var facts = Facts(JsonLd("""{"@type":"Article","datePublished":"2024-03-05T22:10:00+01:00"}""") + "<meta property=\"article:published_time\" content=\"2020-01-01\">");

        Assert.Equal("2024-03-05", facts.Published);
    }

    [Fact]
    public void Published_FromArticlePublishedTime()
    {
        Assert.Equal("2023-11-30", Facts("<meta property=\"article:published_time\" content=\"2023-11-30T08:00:00Z\">").Published);
    }

    [Fact]
    public void Published_FromTheTimeElementMarkedPubdate()
    {
        var facts = Facts("", "<time datetime=\"2022-01-02\">updated</time><p>Body.</p><time datetime=\"2021-06-07T10:00\" pubdate>June 7</time>");

        Assert.Equal("2021-06-07", facts.Published);
    }

    [Fact]
    public void Published_FromTheFirstTimeElement_WhenNoneIsMarked()
    {
        Assert.Equal("2022-01-02", Facts("", "<p>Posted <time datetime=\"2022-01-02\">Jan 2</time>.</p><time datetime=\"2022-05-05\"></time>").Published);
    }

    [Fact]
    public void Published_UnreadableDate_IsNull()
    {
        Assert.Null(Facts("<meta property=\"article:published_time\" content=\"sometime soon\">").Published);
    }

    [Fact]
    public void SiteName_FromOpenGraph()
    {
        var facts = Facts("<meta property=\"og:site_name\" content=\"The Chronicle\">" + JsonLd("""{"@type":"Article","publisher":{"name":"Chronicle Media"}}"""));

        Assert.Equal("The Chronicle", facts.SiteName);
    }

    [Fact]
    public void SiteName_FromJsonLdPublisher_WithoutOpenGraph()
    {
        Assert.Equal("Chronicle Media", Facts(JsonLd("""{"@type":"Article","publisher":{"@type":"Organization","name":"Chronicle Media"}}""")).SiteName);
    }

    [Fact]
    public void Language_FromTheHtmlElement()
    {
        Assert.Equal("de-AT", Facts("<meta property=\"og:locale\" content=\"en_US\">", htmlAttributes: " lang=\"de-AT\"").Language);
    }

    [Fact]
    public void Language_FromOpenGraphLocale_WithTheUnderscoreNormalised()
    {
        Assert.Equal("en-GB", Facts("<meta property=\"og:locale\" content=\"en_GB\">").Language);
    }

    [Fact]
    public void Language_ThatIsNotATag_IsIgnored()
    {
        Assert.Null(Facts("", htmlAttributes: " lang=\"{{ page.lang }}\"").Language);
    }

    [Fact]
    public void Language_AnUnusableMetaValue_FallsBackToTheNextSource()
    {
        Assert.Equal("fr-FR", Facts("<meta http-equiv=\"content-language\" content=\"en, fr\"><meta property=\"og:locale\" content=\"fr_FR\">").Language);
    }

    [Fact]
    public void Published_AnUnreadableMetaDate_FallsBackToTheNextSource()
    {
        Assert.Equal("2025-02-01", Facts("<meta name=\"date\" content=\"sometime last week\"><meta name=\"dc.date\" content=\"2025-02-01\">").Published);
    }

    [Fact]
    public void Published_FromAnElementNamedForTheDate()
    {
        Assert.Equal("2025-04-01", Facts("", body: "<p class=\"date\">2025年4月1日</p><p>Body text.</p>").Published);
    }

    [Fact]
    public void Published_NotFromADateInsideTheComments()
    {
        Assert.Null(Facts("", body: "<div class=\"comments\"><span class=\"comment-date\">March 3, 2025</span></div><p>Body text.</p>").Published);
    }

    [Fact]
    public void CanonicalUrl_FromTheCanonicalLink()
    {
        var facts = Facts("<meta property=\"og:url\" content=\"https://example.com/og\"><link rel=\"canonical\" href=\"https://example.com/story\">");

        Assert.Equal("https://example.com/story", facts.CanonicalUrl);
    }

    [Fact]
    public void CanonicalUrl_RelativeLinkIsSkipped_ForOpenGraphUrl()
    {
        var facts = Facts("<link rel=\"canonical\" href=\"/story\"><meta property=\"og:url\" content=\"https://example.com/og\">");

        Assert.Equal("https://example.com/og", facts.CanonicalUrl);
    }

    [Fact]
    public void CanonicalUrl_StaysEscaped()
    {
        Assert.Equal("https://example.com/news/a%20story?q=%3Cx%3E", Facts("<link rel=\"canonical\" href=\"https://example.com/news/a%20story?q=%3Cx%3E\">").CanonicalUrl);
    }

    [Fact]
    public void Tags_FromArticleTag()
    {
        var facts = Facts("""
            <meta property="article:tag" content="Rivers">
            <meta property="article:tag" content="Drought">
            <meta property="article:tag" content="Rivers">
            """ + JsonLd("""{"@type":"Article","keywords":"ignored, words"}"""));

        Assert.Equal(["Rivers", "Drought"], facts.Tags);
    }

    [Fact]
    public void Tags_FromJsonLdKeywords_WithoutArticleTags()
    {
        Assert.Equal(["Rivers", "Drought"], Facts(JsonLd("""{"@type":"Article","keywords":"Rivers, Drought"}""")).Tags);
    }
}
