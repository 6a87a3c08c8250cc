using Convert.Core.Html;

namespace Convert.Tests.Html;

public class NodeMetricsTests
{
    private static PageNode Measured(string html)
    {
        var page = PageBuilder.Build(html);
        NodeMetrics.Compute(page.Body);
        return page.Body;
    }

    [Fact]
    public void TextLength_CountsWhitespaceRunsOnce()
    {
        Assert.Equal("one two three".Length, Measured("<p>one   two\n\n\tthree</p>").TextLength);
    }

    [Fact]
    public void LinkLength_IsTheTextInsideLinks()
    {
        var body = Measured("<p>read <a href=\"/x\">more <b>here</b></a></p>");

        Assert.Equal("more here".Length, body.LinkLength);
        Assert.Equal("more here".Length / (double)body.TextLength, body.LinkDensity);
    }

    [Fact]
    public void Commas_IncludeOtherScriptsCommas()
    {
        Assert.Equal(4, Measured("<p>a, b，c、d، e</p>").Commas);
    }

    [Fact]
    public void RemovedNodes_AreNotCounted()
    {
        var page = PageBuilder.Build("<div><p>kept</p><p>dropped, text</p></div>");
        page.Body.Descendants().Last(n => n.Tag == "p").Removed = true;

        NodeMetrics.Compute(page.Body);

        Assert.Equal(4, page.Body.TextLength);
        Assert.Equal(0, page.Body.Commas);
    }

    [Fact]
    public void DeepTrees_AreMeasuredWithoutRecursion()
    {
        // Built by hand: the parser itself is slow on such depths, which the depth scan keeps from it.
        var root = PageNode.Element("body", null, 1);
        var node = root;
        for (var i = 0; i < 200_000; i++)
        {
            var child = PageNode.Element("span", null, 1);
            node.Append(child);
            node = child;
        }
        node.Append(PageNode.TextNode("deep", 1));

        NodeMetrics.Compute(root);

        Assert.Equal(4, root.TextLength);
    }
}
