using Convert.Core.Html;
using Convert.Core.Html.Scoring;
using Convert.Core.Model;

namespace Convert.Tests.Html;

public class BlockReuseTests
{
    private const string Page = """
        <html><head><title>Harbour ferry</title></head><body>
        <nav class="site-menu"><a href="/">Home</a> <a href="/news">News</a></nav>
        <article>
        <h2>Late ferry</h2>
        <p>The harbour board has cut the late ferry on weekdays, saying that <b>fewer than ten people</b> used it.</p>
        <p>Commuters who work late shifts at the hospital say the change leaves them with a long wait.</p>
        </article>
        </body></html>
        """;

    [Fact]
    public void TheWholePagesBlocks_ShareTheSelectionsParagraphsAndHeadings()
    {
        var analysis = HtmlPageAnalysis.Of(Page, ClassMarkers.BuiltIn);
        var selection = analysis.SelectionBlocks.ToList();

        var candidates = CandidateBlocks.Collect(analysis);

        Assert.NotEmpty(selection);
        Assert.All(selection, block => Assert.Contains(candidates, c => ReferenceEquals(c.Block, block)));
    }

    [Fact]
    public void ABlockBuiltAgain_IsTheSameOnlyWhenEverythingMatches()
    {
        var source = PageNode.Element("p", null, 3);
        var span = new SourceSpan(3, 3, "p");
        var built = new HtmlBlock(new Paragraph([Run.Plain("One "), new Run("two", Bold: true)], span), source);

        Assert.True(BlockReuse.Same(built, new HtmlBlock(new Paragraph([Run.Plain("One "), new Run("two", Bold: true)], span), source)));
        Assert.False(BlockReuse.Same(built, new HtmlBlock(new Paragraph([Run.Plain("One "), new Run("two")], span), source)));
        Assert.False(BlockReuse.Same(built, new HtmlBlock(new Paragraph([Run.Plain("One "), new Run("two", Bold: true)], new SourceSpan(3, 3, "p[2]")), source)));
        Assert.False(BlockReuse.Same(built, new HtmlBlock(new Paragraph([Run.Plain("One "), new Run("two", Bold: true)], span), PageNode.Element("p", null, 3))));
        Assert.False(BlockReuse.Same(built, new HtmlBlock(new Heading(2, [Run.Plain("One "), new Run("two", Bold: true)], span), source)));
    }

    [Fact]
    public void FullText_JoinsEveryTextRunWithOneSpace_RemovedOnesToo()
    {
        var page = PageBuilder.Build("<body><div><p>One</p><p>Two <b>three</b></p></div><aside>Four</aside></body>");
        page.Body.Children[1].Removed = true;

        Assert.Equal("One Two  three Four", page.Body.FullText());
        Assert.Equal("", PageBuilder.Build("<body><div></div></body>").Body.FullText());
    }
}
