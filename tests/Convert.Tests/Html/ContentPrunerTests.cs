using Convert.Core.Html;

namespace Convert.Tests.Html;

public class ContentPrunerTests
{
    private const string Prose = "The river that once fed the valley's orchards has shrunk to a trickle this summer, and the farmers are worried.";

    private static (PageNode Root, List<(PageNode Node, string Reason)> Removed) Prune(string html)
    {
        var page = PageBuilder.Build(html);
        NodeMetrics.Compute(page.Body);
        return (page.Body, ContentPruner.Prune([page.Body], ClassMarkers.BuiltIn));
    }

    private static List<string> Reasons(string html) => Prune(html).Removed.Select(r => $"{r.Node.Tag} {r.Reason}").ToList();

    [Fact]
    public void ProseParagraphs_AreKept()
    {
        Assert.Empty(Reasons($"<div><p>{Prose}</p><p>{Prose}</p></div>"));
    }

    [Theory]
    [InlineData("<nav><a href=\"/\">Home</a></nav>", "nav navigation")]
    [InlineData("<aside><p>Elsewhere on the site today.</p></aside>", "aside navigation")]
    [InlineData("<form><p>Search</p><input name=\"q\"></form>", "form form")]
    [InlineData("<div class=\"sharedaddy\"><a href=\"/x\">Share on X</a></div>", "div widget")]
    [InlineData("<section class=\"jp-relatedposts\"><p>Related: wells run deeper</p></section>", "section widget")]
    [InlineData("<div class=\"author-bio\"><p>Jane Doe writes about rivers.</p></div>", "div author box")]
    [InlineData("<h3 class=\"widget-title\">Popular posts</h3>", "h3 heading with a chrome class")]
    public void Widgets_AreRemovedWithTheirReason(string widget, string expected)
    {
        Assert.Contains(expected, Reasons($"<div><p>{Prose}</p>{widget}<p>{Prose}</p></div>"));
    }

    [Fact]
    public void LinkList_IsRemoved()
    {
        var reasons = Reasons($"""<div><p>{Prose}</p><div><a href="/a">First other story</a> <a href="/b">Second other story</a> <a href="/c">Third other story</a></div></div>""");

        Assert.Equal(["div link list"], reasons);
    }

    [Fact]
    public void ImageGallery_IsRemoved()
    {
        var reasons = Reasons($"""<div><p>{Prose}</p><div><img src="a.jpg"><img src="b.jpg"><img src="c.jpg"><span>Gallery</span></div></div>""");

        Assert.Equal(["div image gallery"], reasons);
    }

    [Fact]
    public void ShortBlock_IsRemoved()
    {
        Assert.Equal(["div short block"], Reasons($"<div><p>{Prose}</p><div>Advertisement</div></div>"));
    }

    [Fact]
    public void ParagraphCarryingAWidgetClass_IsKeptWhenItIsProse()
    {
        Assert.Empty(Reasons($"<div><p class=\"print-friendly\">{Prose}</p></div>"));
    }

    [Fact]
    public void Figure_IsNotTakenForAGallery()
    {
        Assert.Empty(Reasons($"""<div><p>{Prose}</p><figure><img src="a.jpg"><img src="b.jpg"><figcaption>Two views</figcaption></figure></div>"""));
    }

    [Fact]
    public void WidgetInsideAWidget_IsReportedOnce()
    {
        var (_, removed) = Prune($"""<div><p>{Prose}</p><div class="sharedaddy"><div class="sd-social"><a href="/x">Share on X</a></div></div></div>""");

        var removal = Assert.Single(HtmlRemovals.Of(removed, [], ClassMarkers.BuiltIn));
        Assert.Equal(("share", "Share on X"), (removal.Category, removal.Text));
    }

    [Fact]
    public void Removals_AreSubtractedFromTheContainerMetrics()
    {
        var (root, _) = Prune($"""<div><p>{Prose}</p><div class="sharedaddy"><a href="/x">Share on X</a></div></div>""");

        var container = root.Children.Single();
        Assert.Equal(Prose.Length, container.TextLength);
        Assert.Equal(0, container.LinkLength);
    }
}
