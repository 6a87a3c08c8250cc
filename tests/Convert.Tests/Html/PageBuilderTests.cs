using Convert.Core.Html;

namespace Convert.Tests.Html;

public class PageBuilderTests
{
    private static string Visible(string html) => HtmlRead.VisibleText(PageBuilder.Build(html));

    [Theory]
    [InlineData("<script>var x = 'secret';</script>")]
    [InlineData("<style>.secret { color: red }</style>")]
    [InlineData("<noscript>secret</noscript>")]
    [InlineData("<template><p>secret</p></template>")]
    [InlineData("<svg><text>secret</text><title>secret</title></svg>")]
    [InlineData("<iframe>secret</iframe>")]
    [InlineData("<form><input value=\"secret\"><select><option>secret</option></select><textarea>secret</textarea><button>secret</button></form>")]
    public void NonContentElements_AreDropped(string clutter)
    {
        var text = Visible($"<body><p>Before</p>{clutter}<p>After</p></body>");

        Assert.Equal("Before After", text);
    }

    [Theory]
    [InlineData("<div hidden>secret</div>")]
    [InlineData("<div aria-hidden=\"true\">secret</div>")]
    [InlineData("<div aria-hidden=\"TRUE \">secret</div>")]
    [InlineData("<div style=\"display: none\">secret</div>")]
    [InlineData("<div style=\"color:red; DISPLAY:NONE;\">secret</div>")]
    [InlineData("<span style=\"visibility: hidden\">secret</span>")]
    [InlineData("<span class=\"sr-only\">secret</span>")]
    [InlineData("<span class=\"icon screen-reader-text\">secret</span>")]
    public void HiddenElements_AreDropped(string hidden)
    {
        var text = Visible($"<body><p>Before</p>{hidden}<p>After</p></body>");

        Assert.Equal("Before After", text);
    }

    [Theory]
    [InlineData("<div aria-hidden=\"false\">shown</div>")]
    [InlineData("<div class=\"hidden-gem\">shown</div>")]
    [InlineData("<div style=\"display: block\">shown</div>")]
    public void ElementsThatOnlyLookHidden_AreKept(string element)
    {
        var text = Visible($"<body>{element}</body>");

        Assert.Equal("shown", text);
    }

    [Fact]
    public void Comments_AreDropped()
    {
        var text = Visible("<body><p>Before<!-- a comment --> after</p><!-- <p>commented out</p> --></body>");

        Assert.Equal("Before after", text);
    }

    [Fact]
    public void Entities_AreDecodedInText()
    {
        var text = Visible("<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#8217; &#x2014; caf&#233;</p>");

        Assert.Equal("Fish & chips <3 été ’ — café", text);
    }

    [Fact]
    public void Entities_AreDecodedInAttributes()
    {
        var page = PageBuilder.Build("<p><a href=\"/search?a=1&amp;b=2\"><img alt=\"Tom &amp; Jerry\" src=\"t.png\"></a></p>");

        Assert.Equal("/search?a=1&b=2", page.Body.Descendants().Single(n => n.Tag == "a").Attribute("href"));
        Assert.Equal("Tom & Jerry", page.Body.Descendants().Single(n => n.Tag == "img").Attribute("alt"));
    }

    [Fact]
    public void HeadFacts_AreCollected()
    {
        var page = PageBuilder.Build("""
            <!DOCTYPE html>
            <html lang=" en-GB ">
            <head>
              <meta charset="utf-8">
              <meta property="og:title" content="Rock &amp; Roll">
              <title>The Page Title</title>
              <base href="https://example.com/blog/">
              <link rel="canonical" href=" https://example.com/blog/post ">
              <link rel="stylesheet" href="/site.css">
              <script type="application/ld+json">{"@type":"Article","headline":"H"}</script>
              <script>var ignored = true;</script>
            </head>
            <body><p>Body</p></body>
            </html>
            """);

        Assert.Equal("en-GB", page.HtmlLanguage);
        Assert.Equal("The Page Title", page.TitleText);
        Assert.Equal("https://example.com/blog/", page.BaseHref);
        Assert.Equal([("canonical", "https://example.com/blog/post"), ("stylesheet", "/site.css")], page.Links);
        Assert.Equal(["""{"@type":"Article","headline":"H"}"""], page.JsonLd);
        Assert.Equal(2, page.Metas.Count);
        Assert.Equal("Rock & Roll", page.Metas[1]["content"]);
        Assert.Equal("Body", HtmlRead.VisibleText(page));
    }

    [Fact]
    public void TitleInsideSvg_IsNotThePageTitle()
    {
        var page = PageBuilder.Build("<html><body><svg><title>Icon</title></svg><p>Body</p></body></html>");

        Assert.Null(page.TitleText);
    }

    [Fact]
    public void TitleInsideAKeptSvg_IsNotThePageTitle()
    {
        // With the embedded-content rule suspended the svg's children are copied; the svg is an ancestor the parser's
        // links upwards no longer show by then (they are cut while copying), so the builder carries it down itself.
        var page = PageBuilder.Build("<html><body><svg><g><title>Icon</title></g></svg><title>Page</title><p>Body</p></body></html>",
            HidingRules.Embedded);

        Assert.Equal("Page", page.TitleText);
    }

    [Fact]
    public void ALargePage_IsCopiedWhole()
    {
        // The parser's tree is let go of while it is copied: every sibling and every level must still arrive.
        var html = "<body>" + string.Concat(Enumerable.Range(0, 500).Select(i => $"<div><p>Para {i} <b>bold {i}</b></p><p>Next {i}</p></div>")) + "</body>";

        var page = PageBuilder.Build(html);

        Assert.Equal(string.Join(' ', Enumerable.Range(0, 500).Select(i => $"Para {i} bold {i} Next {i}")), HtmlRead.VisibleText(page));
        Assert.Equal(500, page.Body.Children.Count);
    }

    [Fact]
    public void JsonLdInTheBody_IsCollectedAndNotText()
    {
        var page = PageBuilder.Build("<body><p>Body</p><script type=\"application/ld+json\">{\"@type\":\"Person\"}</script></body>");

        Assert.Single(page.JsonLd);
        Assert.Equal("Body", HtmlRead.VisibleText(page));
    }

    [Fact]
    public void UnclosedTags_StillGiveTheText()
    {
        var text = Visible("<html><body><div><p>One<p>Two<ul><li>Three<li>Four</ul><div>Five");

        Assert.Equal("One Two Three Four Five", text);
    }

    [Fact]
    public void StrayEndTags_StillGiveTheText()
    {
        var text = Visible("<body></div><p>One</p></div></span><p>Two</p></body></html></div>");

        Assert.Equal("One Two", text);
    }

    [Fact]
    public void PageTruncatedInsideATag_StillGivesTheTextBeforeIt()
    {
        var text = Visible("<html><body><article><p>Complete paragraph here.</p><p>Second one<a href=\"https://exa");

        Assert.StartsWith("Complete paragraph here. Second one", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementLines_AreThoseOfTheStartTags()
    {
        var page = PageBuilder.Build("<body>\n<p>One</p>\n\n<p>Two</p>\n</body>");

        Assert.Equal([2, 4], page.Body.Descendants().Where(n => n.Tag == "p").Select(n => n.Line));
    }
}
