using Convert.Core;
using Convert.Core.Html;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Tests.Html;

/// <summary>HTML blocks as source blocks through the one pipeline: rich form, true sources, author boxes after the body.</summary>
public class HtmlSourceBlocksTests
{
    private const string Body = """
        <p>The river that once fed the valley's orchards has shrunk to a trickle this summer, and the farmers are worried.</p>
        <p>Officials from the water board met growers on Tuesday, promising a review of the allocation rules.</p>
        """;

    private static List<HtmlBlock> Blocks(string html) =>
        new HtmlBlockBuilder(new LinkResolver(null)).Build(PageBuilder.Build(html).Body.Children);

    private static Article Assemble(string body, string boxes = "")
    {
        var blocks = new List<SourceBlock>();
        foreach (var block in Blocks(body).Concat(Blocks(boxes)))
        {
            if (block.ToSourceBlock(blocks.Count) is { } source)
                blocks.Add(source);
        }
        var bodyCount = Blocks(body).Count(b => b.Lines.Count > 0);
        var document = new SourceDocument(blocks)
        {
            Facts = new DocumentFacts { Title = "A title known from the page" },
            AuthorMaterialStart = bodyCount < blocks.Count ? bodyCount : null,
        };
        return ConversionPipeline.Default.Convert(document, ConversionOptions.Default);
    }

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
    public void AuthorBoxWithoutAnAuthor_IsKeptWithAWarningNamingItsElement()
    {
        var article = Assemble(Body, "<div><p>Thanks for reading! Our newsroom relies on readers like you, so please consider supporting us today.</p></div>");

        Assert.Contains(article.Body, b => b.PlainText.StartsWith("Thanks for reading", StringComparison.Ordinal));
        Assert.NotEmpty(article.Warnings);
        var warning = Assert.Single(article.Warnings, w => w.Code == WarningCodes.KeptInBody);
        Assert.Contains("div/p", warning.Message, StringComparison.Ordinal);
        Assert.Equal("div/p", warning.Source?.ElementPath);
    }

    [Fact]
    public void RemovalsByTheTextRules_PointAtTheElement()
    {
        var article = Assemble(Body + "<p>Share this:</p>");

        var removal = Assert.Single(article.Removals);
        Assert.Equal("p[3]", removal.Source.ElementPath);
    }
}
