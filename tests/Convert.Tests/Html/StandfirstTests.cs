using Convert.Core.Html;
using Convert.Core.Model;

namespace Convert.Tests.Html;

public class StandfirstTests
{
    private static PageNode Body(string html)
    {
        var page = PageBuilder.Build(html);
        NodeMetrics.Compute(page.Body);
        return page.Body;
    }

    [Fact]
    public void NearTitle_FindsAMarkedSubtitleInTheTitlesHeader()
    {
        var body = Body("""<div class="post-header"><h1>The Night Ferry</h1><h3 class="subtitle">What it took to bring back a boat</h3></div><p>Body.</p>""");

        Assert.Equal("What it took to bring back a boat", Standfirst.NearTitle(body, "The Night Ferry", ClassMarkers.BuiltIn));
    }

    [Fact]
    public void NearTitle_LooksOneWrapperFurtherOut()
    {
        var body = Body("""<header><div class="title-wrap"><h1>The Night Ferry</h1></div><p class="dek">What it took to bring back a boat</p></header>""");

        Assert.Equal("What it took to bring back a boat", Standfirst.NearTitle(body, "The Night Ferry", ClassMarkers.BuiltIn));
    }

    [Fact]
    public void NearTitle_IgnoresASummaryElsewhereOnThePage()
    {
        var body = Body("""<div><h1>The Night Ferry</h1></div><aside><div><p class="summary">A teaser for another story entirely</p></div></aside>""");

        Assert.Null(Standfirst.NearTitle(body, "The Night Ferry", ClassMarkers.BuiltIn));
    }

    [Fact]
    public void NearTitle_IgnoresAnExcerptInTheSidebarOfTheTitlesColumn()
    {
        var prose = string.Concat(Enumerable.Repeat("<p>Long body text of the article, sentence after sentence, with commas, clauses and more words.</p>", 20));
        var body = Body($"""<div class="wrap"><h1>The Night Ferry</h1>{prose}<div class="sidebar-widget"><p class="rr-excerpt">Another story's teaser line here</p></div></div>""");

        Assert.Null(Standfirst.NearTitle(body, "The Night Ferry", ClassMarkers.BuiltIn));
    }

    [Fact]
    public void NearTitle_IgnoresATeaserCutShort()
    {
        var body = Body("""<div class="post-header"><h1>The Night Ferry</h1><p class="excerpt">When you walk into almost any store, you're…</p></div>""");

        Assert.Null(Standfirst.NearTitle(body, "The Night Ferry", ClassMarkers.BuiltIn));
    }

    [Fact]
    public void NearTitle_NeedsTheTitlesHeading()
    {
        var body = Body("""<div><h1>Another Heading</h1><h3 class="subtitle">What it took to bring back a boat</h3></div>""");

        Assert.Null(Standfirst.NearTitle(body, "The Night Ferry", ClassMarkers.BuiltIn));
    }

    [Fact]
    public void RemoveFrom_TakesTheRepeatedParagraphOut()
    {
        var blocks = new HtmlBlockBuilder(new LinkResolver(null)).Build(Body("<p>What it took to bring back a boat</p><p>Body text.</p>").Children);

        Standfirst.RemoveFrom(blocks, "What it took to bring back a boat");

        Assert.Equal(["Body text."], blocks.Select(b => b.Block.PlainText));
        Assert.IsType<Paragraph>(blocks[0].Block);
    }
}
