using Convert.Core.Html;

namespace Convert.Tests.Html;

public class ClassMarkersTests
{
    private static PageNode Element(string html) => PageBuilder.Build(html).Body.Descendants().First(n => n.IsElement);

    [Theory]
    [InlineData("<div class=\"sidebar\">")]
    [InlineData("<div id=\"comments\">")]
    [InlineData("<div class=\"cookie-banner\">")]
    [InlineData("<div class=\"sharedaddy\">")]
    [InlineData("<div role=\"navigation\">")]
    [InlineData("<div role=\" Complementary \">")]
    public void ChromeNamesAndRoles_AreUnlikelyContent(string html)
    {
        Assert.True(ClassMarkers.BuiltIn.IsUnlikely(Element(html)));
    }

    [Theory]
    [InlineData("<div class=\"post\">")]
    [InlineData("<div class=\"main-header-content\">")]
    [InlineData("<div class=\"sidebar-and-article\">")]
    [InlineData("<div id=\"sharing-with-a-single-developer\" class=\"section\">")]
    [InlineData("<div role=\"main\">")]
    public void ContentNames_AreNotUnlikely(string html)
    {
        Assert.False(ClassMarkers.BuiltIn.IsUnlikely(Element(html)));
    }

    [Theory]
    [InlineData("<div class=\"entry-content\">", 25)]
    [InlineData("<div class=\"sidebar\">", -25)]
    [InlineData("<div class=\"article-body\" id=\"comments\">", 0)]
    [InlineData("<div itemprop=\"articleBody\">", 50)]
    [InlineData("<div>", 0)]
    public void Weight_CountsContentAndChromeNames(string html, int weight)
    {
        Assert.Equal(weight, ClassMarkers.BuiltIn.Weight(Element(html)));
    }

    [Theory]
    [InlineData("<div class=\"share-row\">", true)]
    [InlineData("<div class=\"jp-relatedposts\">", true)]
    [InlineData("<div class=\"entry-footer\">", true)]
    [InlineData("<div class=\"shared-content\">", false)]
    [InlineData("<div class=\"prints\">", false)]
    public void Widgets_AreMatchedAsWholeNames(string html, bool widget)
    {
        Assert.Equal(widget, ClassMarkers.BuiltIn.IsWidget(Element(html)));
    }

    [Theory]
    [InlineData("<a rel=\"author\">", true)]
    [InlineData("<span itemprop=\"author\">", true)]
    [InlineData("<div class=\"byline\">", true)]
    [InlineData("<div class=\"author-name\">", true)]
    [InlineData("<div class=\"authority-score\">", false)]
    [InlineData("<div class=\"authorised\">", false)]
    public void BylineElements_AreMarkedByRelItempropOrClass(string html, bool byline)
    {
        Assert.Equal(byline, ClassMarkers.BuiltIn.IsBylineElement(Element(html)));
    }

    [Theory]
    [InlineData("<div class=\"author-bio\">", true)]
    [InlineData("<div id=\"about-the-author\">", true)]
    [InlineData("<div class=\"authorbox\">", true)]
    [InlineData("<div class=\"author-name\">", false)]
    public void AuthorBoxes_AreMarkedByClass(string html, bool box)
    {
        Assert.Equal(box, ClassMarkers.BuiltIn.IsAuthorBox(Element(html)));
    }
}
