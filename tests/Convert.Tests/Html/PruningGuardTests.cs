using Convert.Core.Html;

namespace Convert.Tests.Html;

public class PruningGuardTests
{
    private static (List<PageNode> Content, int ProseBefore) Content(string body)
    {
        var page = PageBuilder.Build($"<html><body>{body}</body></html>");
        NodeMetrics.Compute(page.Body);
        List<PageNode> content = [page.Body];
        return (content, PruningGuard.Prose(content));
    }

    private static string Paragraph(int i) =>
        $"<p>Paragraph {i} of the story tells what happened next in plain sentences and runs long enough to count as prose here.</p>";

    [Fact]
    public void PruningThatTookNearlyAllTheProse_IsUndoneExceptNavigation()
    {
        var (content, before) = Content(string.Concat(Enumerable.Range(1, 6).Select(i => $"<div class=\"w{i}\">{Paragraph(i)}</div>")) + "<nav><a href=\"/\">Home</a></nav>");
        var blocks = content[0].Descendants().Where(n => n.Tag == "div").ToList();
        var nav = content[0].Descendants().Single(n => n.Tag == "nav");
        var removed = blocks.Select(b => (b, "widget")).Append((nav, "navigation")).ToList();
        foreach (var (node, _) in removed)
            node.Removed = true;
        NodeMetrics.Compute(content[0]);

        var kept = PruningGuard.Check(content, before, removed);

        Assert.Equal([nav], kept.Select(k => k.Node));
        Assert.All(blocks, b => Assert.False(b.Removed));
        Assert.True(nav.Removed);
        Assert.Equal(before, PruningGuard.Prose(content));
    }

    [Fact]
    public void PruningThatLeftTheStory_Stands()
    {
        var (content, before) = Content(string.Concat(Enumerable.Range(1, 6).Select(Paragraph)) + "<div class=\"share\"><p>Share this story with a friend who likes reading.</p></div>");
        var share = content[0].Descendants().Single(n => n.Tag == "div");
        share.Removed = true;
        NodeMetrics.Compute(content[0]);

        var kept = PruningGuard.Check(content, before, [(share, "widget")]);

        Assert.Single(kept);
        Assert.True(share.Removed);
    }
}
