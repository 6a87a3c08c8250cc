using System.Text;
using Convert.Core.Html;

namespace Convert.Tests.Html;

public class MarkupDepthTests
{
    private static string Nested(string open, string close, int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
            builder.Append(open);
        builder.Append("text");
        for (var i = 0; i < depth; i++)
            builder.Append(close);
        return builder.ToString();
    }

    [Fact]
    public void ManyUnclosedLinks_DoNotExceed()
    {
        var page = new StringBuilder("<div>");
        for (var i = 0; i < 5000; i++)
            page.Append("<a href=\"/x\">link ");
        Assert.False(MarkupDepth.ExceedsLimit(page.Append("</div>").ToString()));
    }

    [Fact]
    public void HundredThousandNestedDivs_ExceedTheLimit()
    {
        Assert.True(MarkupDepth.ExceedsLimit(Nested("<div>", "</div>", 100_000)));
    }

    [Fact]
    public void NestingJustOverTheLimit_Exceeds()
    {
        Assert.True(MarkupDepth.ExceedsLimit(Nested("<span>", "</span>", MarkupDepth.Limit + 1)));
    }

    [Fact]
    public void NestingAtTheLimit_DoesNotExceed()
    {
        Assert.False(MarkupDepth.ExceedsLimit(Nested("<span>", "</span>", MarkupDepth.Limit)));
    }

    [Fact]
    public void ManyClosedSiblings_DoNotExceed()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>x</span></div>", 10_000));

        Assert.False(MarkupDepth.ExceedsLimit(html));
    }

    [Fact]
    public void ManyUnclosedParagraphsAndListItems_DoNotExceed()
    {
        var html = "<html><body><div>" + string.Concat(Enumerable.Repeat("<p>para", 5_000))
            + "<ul>" + string.Concat(Enumerable.Repeat("<li>item", 5_000)) + "</ul>"
            + "<table>" + string.Concat(Enumerable.Repeat("<tr><td>a<td>b", 3_000)) + "</table>"
            + string.Concat(Enumerable.Repeat("<br><img src=x><hr>", 3_000)) + "</div></body></html>";

        Assert.False(MarkupDepth.ExceedsLimit(html));
    }

    [Fact]
    public void DivStringsInsideScripts_DoNotCount()
    {
        var script = "<script>var s = '" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "';</script>";
        var style = "<style>/* " + string.Concat(Enumerable.Repeat("<div>", 5_000)) + " */</style>";

        Assert.False(MarkupDepth.ExceedsLimit($"<html><head>{style}</head><body>{script}<p>Body</p></body></html>"));
    }

    [Fact]
    public void DivStringsInsideComments_DoNotCount()
    {
        var comment = "<!-- " + string.Concat(Enumerable.Repeat("<div>", 5_000)) + " -->";

        Assert.False(MarkupDepth.ExceedsLimit($"<body>{comment}<p>Body</p></body>"));
    }

    [Fact]
    public void SelfClosingElements_DoNotDeepen()
    {
        var html = string.Concat(Enumerable.Repeat("<div/><span />", 5_000));

        Assert.False(MarkupDepth.ExceedsLimit(html));
    }
}
