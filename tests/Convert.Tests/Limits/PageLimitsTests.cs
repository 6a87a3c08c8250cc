using System.Diagnostics;
using System.Text;
using Convert.Core.Html;
using Convert.Core.Reading;
using Convert.Tests.Html;
using HtmlAgilityPack;

namespace Convert.Tests.Limits;

/// <summary>
/// The page guard counts what the parser will build, so markup that fooled a tag-counting pre-scan (stray end
/// tags, "/&gt;" inside quoted attributes) is refused at once, and node-dense pages are refused before parsing.
/// </summary>
public sealed class PageLimitsTests
{
    [Theory]
    [InlineData("<div></i>")]
    [InlineData("<div title=\"/>\">")]
    [InlineData("<div title='/>'>")]
    [InlineData("<div data-x = \"a>b/>\">")]
    [InlineData("<b>w")]
    [InlineData("<table><tr><td>")]
    public void NestingThatFooledThePreScanIsRefusedQuickly(string unit)
    {
        var page = "<html><body><p>Some text.</p>" + Repeat(unit, 100_000) + "</body></html>";
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<InputFormatException>(() => HtmlRead.Article(page));

        Assert.Contains("nested more than 2,000 levels", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("<div></i>", 1500)]
    [InlineData("<div title=\"/>\">", 1500)]
    [InlineData("<div><b></div>", 700)]
    [InlineData("<p>w", 3000)]
    [InlineData("<li>w", 3000)]
    [InlineData("<a>w", 3000)]
    [InlineData("<b>w", 1500)]
    [InlineData("<div/>", 3000)]
    [InlineData("<div><span>x</span></div>", 3000)]
    [InlineData("<section><i></section>", 700)]
    [InlineData("<div><div></div>", 1500)]
    [InlineData("<span><!-- <div> --></span>", 1000)]
    [InlineData("<div><script>'<div>'</script>", 500)]
    public void TheScanNeverCountsLessThanTheParserBuilds(string unit, int count)
    {
        var html = "<html><body>" + Repeat(unit, count) + "</body></html>";
        var document = new HtmlDocument { OptionCheckSyntax = false, OptionFixNestedTags = false, OptionAutoCloseOnEnd = true };
        document.LoadHtml(html);
        var (depth, nodes) = Measure(document.DocumentNode);

        var scan = MarkupDepth.Scan(html, int.MaxValue);

        Assert.True(scan.Depth >= depth - 1, $"scan depth {scan.Depth}, parser depth {depth}");
        Assert.True(scan.Nodes >= nodes - 1, $"scan nodes {scan.Nodes}, parser nodes {nodes}");
        Assert.True(scan.Depth <= depth + 2, $"scan depth {scan.Depth} far above the parser's {depth}");
    }

    [Fact]
    public void NodeDensePageIsRefusedBeforeParsing()
    {
        var page = "<html><body>" + Repeat("<p>w</p>", PageLimits.MinNodeBudget) + "</body></html>";

        var error = Assert.Throws<InputFormatException>(() => HtmlRead.Article(page));

        Assert.Contains("elements and text runs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetGrowsWithThePageBeyondTheFloor()
    {
        Assert.Equal(PageLimits.MinNodeBudget, PageLimits.NodeBudget(1000));
        Assert.Equal(160_000, PageLimits.NodeBudget(16_000_000));
    }

    [Fact]
    public void AnArticleWithManyParagraphsIsWithinTheBudget()
    {
        var page = "<html><body><article>" + Repeat("<p>One paragraph of an article, with a few words and a comma.</p>", 20_000) + "</article></body></html>";

        Assert.Equal(20_000, HtmlRead.Article(page).Body.Count);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static (int Depth, int Nodes) Measure(HtmlNode root)
    {
        int depth = 0, nodes = 0;
        var pending = new Stack<(HtmlNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var item))
        {
            nodes++;
            depth = Math.Max(depth, item.Depth);
            foreach (var child in item.Node.ChildNodes)
                pending.Push((child, child.NodeType == HtmlNodeType.Element ? item.Depth + 1 : item.Depth));
        }
        return (depth, nodes - 1);
    }
}
