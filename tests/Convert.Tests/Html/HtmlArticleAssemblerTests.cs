using Convert.Core.Cleaning;
using Convert.Core.Html;
using Convert.Core.Model;
using Convert.Core.Splitting;

namespace Convert.Tests.Html;

public class HtmlArticleAssemblerTests
{
    private static readonly RuleEngine Engine = new(RuleSet.BuiltIn);

    private const string Body = """
        <p>The river that once fed the valley's orchards has shrunk to a trickle this summer, and the farmers are worried.</p>
        <p>Officials from the water board met growers on Tuesday, promising a review of the allocation rules.</p>
        """;

    private static List<HtmlBlock> Blocks(string html) =>
        new HtmlBlockBuilder(new LinkResolver(null)).Build(PageBuilder.Build(html).Body.Children);

    private static Article Assemble(string body, string boxes = "") =>
        HtmlArticleAssembler.Assemble(Blocks(body), Blocks(boxes), Engine, new SplitOptions { DetectTitle = false });

    [Fact]
    public void BodyBlocks_KeepTheirRichForm()
    {
        var article = Assemble("<h2>Background</h2><p>Some <b>bold</b> text in the body of the article.</p><ul><li>One</li><li>Two</li></ul>");

        Assert.IsType<Heading>(article.Body[0]);
        Assert.Contains(((Paragraph)article.Body[1]).Runs, r => r.Bold);
        Assert.True(article.Body[2] is ListBlock { Items.Count: 2 });
    }

    [Fact]
    public void ListLedByATagsLabel_GoesToTheTags()
    {
        var article = Assemble(Body + "<ul><li>More about:</li><li>Hotels</li><li>Hygiene</li></ul><p>Reuse content</p>");

        Assert.Equal(2, article.Body.Count);
        Assert.Equal(["Hotels", "Hygiene"], article.Metadata.Tags);
        Assert.Equal(["tags-line", "print-tools"], article.Removals.Select(r => r.RuleId));
    }

    [Fact]
    public void ListLedByALabelThatIsNoRule_StaysAList()
    {
        var article = Assemble(Body + "<ul><li>You will need:</li><li>Two buckets</li><li>A ladder</li></ul>");

        Assert.True(article.Body[^1] is ListBlock { Items.Count: 3 });
        Assert.Empty(article.Removals);
    }

    [Fact]
    public void BodyBlocks_PointAtTheirElements()
    {
        var article = Assemble(Body);

        Assert.Equal(["p[1]", "p[2]"], article.Body.Select(b => b.Source.ElementPath));
    }

    [Fact]
    public void AuthorBoxBlocks_GoToTheAuthors()
    {
        var article = Assemble(Body, "<div><h4>Jane Doe</h4><p>Jane Doe is a science writer who covers water and farming in the valley.</p></div>");

        Assert.Equal("Jane Doe", Assert.Single(article.Authors).Name);
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void AuthorBoxWithoutAnAuthor_IsKeptWithAWarningNamingBlocks()
    {
        var article = Assemble(Body, "<div><p>Thanks for reading! Our newsroom relies on readers like you, so please consider supporting us today.</p></div>");

        Assert.Contains(article.Body, b => b.PlainText.StartsWith("Thanks for reading", StringComparison.Ordinal));
        Assert.NotEmpty(article.Warnings);
        Assert.All(article.Warnings, w => Assert.DoesNotMatch(@"\blines? \d", w));
        Assert.Contains(article.Warnings, w => w.Contains("block 3", StringComparison.Ordinal));
    }

    [Fact]
    public void RemovalsByTheTextRules_PointAtTheElement()
    {
        var article = Assemble(Body + "<p>Share this:</p>");

        var removal = Assert.Single(article.Removals);
        Assert.Equal("p[3]", removal.Source.ElementPath);
    }
}
