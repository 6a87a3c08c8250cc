using Convert.Core.Html;

namespace Convert.Tests.Html;

public class HtmlRemovalsTests
{
    private static PageNode Element(string html)
    {
        var page = PageBuilder.Build(html);
        return page.Body.Descendants().First(n => n.IsElement);
    }

    [Theory]
    [InlineData("<div class=\"sharedaddy\">Share</div>", "widget", "html-share", "share")]
    [InlineData("<div class=\"jp-relatedposts\">Related</div>", "widget", "html-related", "related")]
    [InlineData("<div id=\"comments\">3 comments</div>", "widget", "html-comments", "comments")]
    [InlineData("<div class=\"newsletter-box\">Sign up</div>", "widget", "html-newsletter", "newsletter")]
    [InlineData("<div class=\"post-tags\">Rivers</div>", "widget", "html-tags", "tags")]
    [InlineData("<div class=\"advert\">Buy now</div>", "widget", "html-ads", "ads")]
    [InlineData("<div class=\"pagination\">Next</div>", "widget", "html-navigation", "navigation")]
    [InlineData("<div class=\"top-ad\">Buy now</div>", "widget", "html-ads", "ads")]
    [InlineData("<aside class=\"read-more-wrap\">The pool reopens</aside>", "navigation", "html-related", "related")]
    [InlineData("<div class=\"site-header\">Menu</div>", "widget", "html-widget", "widget")]
    [InlineData("<div class=\"toolbar\">Print</div>", "widget", "html-widget", "widget")]
    [InlineData("<nav class=\"share\">Twitter</nav>", "navigation", "html-share", "share")]
    [InlineData("<nav class=\"site\">Home</nav>", "navigation", "html-navigation", "navigation")]
    [InlineData("<div class=\"author-bio\">Jane</div>", "author box", "html-author-box", "author-box")]
    [InlineData("<form class=\"subscribe\">Email</form>", "form", "html-form", "form")]
    public void Category_ComesFromAStrongReasonThenTheClassNamesThenTheTag(string html, string reason, string ruleId, string category)
    {
        var removal = Assert.Single(HtmlRemovals.Of([(Element(html), reason)], [], ClassMarkers.BuiltIn));

        Assert.Equal((ruleId, category), (removal.RuleId, removal.Category));
    }

    [Fact]
    public void Text_IsCollapsedAndShortened()
    {
        var node = Element("<div class=\"toolbar\">" + string.Concat(Enumerable.Repeat("word  \n ", 100)) + "</div>");

        var removal = Assert.Single(HtmlRemovals.Of([(node, "widget")], [], ClassMarkers.BuiltIn));

        Assert.EndsWith("…", removal.Text, StringComparison.Ordinal);
        Assert.True(removal.Text.Length <= 201);
        Assert.DoesNotContain("  ", removal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementsWithoutText_AreNotListed()
    {
        Assert.Empty(HtmlRemovals.Of([(Element("<div class=\"toolbar\"> </div>"), "widget")], [], ClassMarkers.BuiltIn));
    }

    [Theory]
    [InlineData("<img src=\"cat.jpg\" alt=\" A cat \">", "A cat")]
    [InlineData("<img src=\"cat.jpg\">", "cat.jpg")]
    [InlineData("<img>", "image")]
    public void Images_AreLabelledByAltThenSource(string html, string label)
    {
        var removal = Assert.Single(HtmlRemovals.Of([], [Element(html)], ClassMarkers.BuiltIn));

        Assert.Equal(("html-image", "image", label), (removal.RuleId, removal.Category, removal.Text));
    }

    [Fact]
    public void Removals_PointAtTheElement()
    {
        var node = PageBuilder.Build("<div>\n<p>x</p><div class=\"toolbar\">Print</div></div>").Body.Descendants().Last(n => n.Tag == "div");

        var removal = Assert.Single(HtmlRemovals.Of([(node, "widget")], [], ClassMarkers.BuiltIn));

        Assert.Equal(2, removal.Source.StartLine);
        Assert.Equal("div/div", removal.Source.ElementPath);
    }
}
