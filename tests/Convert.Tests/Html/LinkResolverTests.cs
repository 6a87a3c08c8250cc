using Convert.Core.Html;
using Convert.Core.Model;

namespace Convert.Tests.Html;

public class LinkResolverTests
{
    private static readonly LinkResolver Resolver = new("https://example.com/blog/post.html");

    [Theory]
    [InlineData("other.html", "https://example.com/blog/other.html")]
    [InlineData("../about", "https://example.com/about")]
    [InlineData("/contact", "https://example.com/contact")]
    [InlineData("//cdn.example.org/file.pdf", "https://cdn.example.org/file.pdf")]
    [InlineData("https://other.org/page?a=1&b=2", "https://other.org/page?a=1&b=2")]
    [InlineData("  http://other.org/x  ", "http://other.org/x")]
    [InlineData("mailto:jane@example.com", "mailto:jane@example.com")]
    [InlineData("post.html#section", "https://example.com/blog/post.html#section")]
    public void UsableLinks_AreMadeAbsolute(string href, string expected)
    {
        Assert.Equal(expected, Resolver.Resolve(href));
    }

    [Theory]
    [InlineData("https://example.com/a%20b", "https://example.com/a%20b")]
    [InlineData("a%20b.html", "https://example.com/blog/a%20b.html")]
    [InlineData("/path with space", "https://example.com/path%20with%20space")]
    [InlineData("https://example.com/?q=%3Cb%3E", "https://example.com/?q=%3Cb%3E")]
    [InlineData("https://example.com/caf%C3%A9", "https://example.com/caf%C3%A9")]
    [InlineData("mailto:jane@example.com?subject=Hello%20there", "mailto:jane@example.com?subject=Hello%20there")]
    public void ResolvedLinks_StayEscaped(string href, string expected)
    {
        Assert.Equal(expected, Resolver.Resolve(href));
    }

    [Theory]
    [InlineData("javascript:void(0)")]
    [InlineData("JavaScript:share()")]
    [InlineData("#comments")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("ftp://files.example.com/x")]
    [InlineData("data:text/plain,hello")]
    [InlineData("tel:+15550100")]
    public void ScriptInPageAndOtherLinks_AreDropped(string? href)
    {
        Assert.Null(Resolver.Resolve(href));
    }

    [Fact]
    public void WithoutABase_RelativeLinksAreDropped()
    {
        var resolver = new LinkResolver(null);

        Assert.Null(resolver.Resolve("other.html"));
        Assert.Null(resolver.Resolve("/contact"));
    }

    [Fact]
    public void WithoutABase_AbsoluteAndSchemeRelativeLinksAreKept()
    {
        var resolver = new LinkResolver(null);

        Assert.Equal("https://other.org/a", resolver.Resolve("https://other.org/a"));
        Assert.Equal("https://cdn.example.org/x", resolver.Resolve("//cdn.example.org/x"));
    }

    [Fact]
    public void SchemeRelativeLinks_TakeTheScheme_OfAnHttpBase()
    {
        Assert.Equal("http://cdn.example.org/x", new LinkResolver("http://example.com/").Resolve("//cdn.example.org/x"));
    }

    [Fact]
    public void NonHttpBase_IsIgnored()
    {
        Assert.Null(new LinkResolver("file:///home/page.html").Resolve("other.html"));
    }

    private static string? FirstLink(string head, string anchor)
    {
        var article = HtmlRead.Article(HtmlRead.Page(
            $"<article><p>The council met on Tuesday to discuss the river, and {anchor} was the first item on the agenda.</p></article>", head));
        return article.Body.OfType<Paragraph>().SelectMany(p => p.Runs).FirstOrDefault(r => r.LinkUrl is not null)?.LinkUrl;
    }

    [Fact]
    public void Reader_ResolvesAgainstTheBaseHref()
    {
        var link = FirstLink("<base href=\"https://example.com/docs/\">", "<a href=\"report.pdf\">the report</a>");

        Assert.Equal("https://example.com/docs/report.pdf", link);
    }

    [Fact]
    public void Reader_ResolvesAgainstTheCanonicalUrl_WithoutABaseHref()
    {
        var link = FirstLink("<link rel=\"canonical\" href=\"https://example.com/news/story\">", "<a href=\"/reports/1\">the report</a>");

        Assert.Equal("https://example.com/reports/1", link);
    }

    [Fact]
    public void Reader_ResolvesARelativeBaseHref_AgainstTheCanonicalUrl()
    {
        var link = FirstLink(
            "<link rel=\"canonical\" href=\"https://example.com/news/story\"><base href=\"/files/\">", "<a href=\"report.pdf\">the report</a>");

        Assert.Equal("https://example.com/files/report.pdf", link);
    }

    [Fact]
    public void Reader_DropsRelativeLinks_WhenThePageHasNoAddress()
    {
        var link = FirstLink("", "<a href=\"report.pdf\">the report</a>");

        Assert.Null(link);
    }
}
