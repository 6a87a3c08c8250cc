using Convert.Core.Html;
using Convert.Core.Html.Scoring;

namespace Convert.Tests.Html.Scoring;

public class BlockFeaturesTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Ferry Timetable Changes This Winter</title></head>
        <body>
        <nav class="site-menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article class="post-content">
        <h1>Ferry Timetable Changes This Winter</h1>
        <p>The harbour board has cut the late ferry on weekdays, saying that fewer than ten people used it on most nights last year.</p>
        <p>Commuters who work late shifts at the hospital say the change leaves them with a long wait, and they asked the board to think again.</p>
        <p>The board will review the timetable in March, after counting passengers again over the winter months.</p>
        </article>
        <footer class="site-footer"><p>Copyright 2026 Harbour News. All rights reserved.</p></footer>
        </body></html>
        """;

    private static List<BlockCandidate> Candidates(string html) =>
        CandidateBlocks.Collect(HtmlPageAnalysis.Of(html, ClassMarkers.BuiltIn));

    private static float Feature(BlockCandidate candidate, string name) => candidate.Features[BlockFeatures.Names.ToList().IndexOf(name)];

    private static BlockCandidate Block(List<BlockCandidate> candidates, string startsWith) =>
        candidates.Single(c => c.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void NamesAreUniqueAndEveryVectorHasOneValuePerName()
    {
        var candidates = Candidates(Page);

        Assert.Equal(BlockFeatures.Names.Count, BlockFeatures.Names.Distinct().Count());
        Assert.All(candidates, c => Assert.Equal(BlockFeatures.Names.Count, c.Features.Length));
    }

    [Fact]
    public void CandidatesCoverTheWholePageNotOnlyTheSelection()
    {
        var candidates = Candidates(Page);

        Assert.Contains(candidates, c => c.Text.StartsWith("Home", StringComparison.Ordinal));
        Assert.Contains(candidates, c => c.Text.StartsWith("Copyright", StringComparison.Ordinal));
        Assert.Contains(candidates, c => c.Text.StartsWith("The harbour board", StringComparison.Ordinal));
    }

    [Fact]
    public void NavigationLinksAreAllLinkTextInsideNav()
    {
        var menu = Block(Candidates(Page), "Home");

        Assert.Equal(1, Feature(menu, "link_density"), 3);
        Assert.Equal(1, Feature(menu, "in_nav"));
        Assert.Equal(1, Feature(menu, "class_menu"));
        Assert.Equal(0, Feature(menu, "in_selection"));
        Assert.Equal(Math.Log(4), Feature(menu, "log_link_count"), 3);
    }

    [Fact]
    public void ProseInTheArticleReadsAsSelectedSentences()
    {
        var candidates = Candidates(Page);
        var prose = Block(candidates, "Commuters");

        Assert.Equal(1, Feature(prose, "in_selection"));
        Assert.Equal(1, Feature(prose, "in_article"));
        Assert.Equal(1, Feature(prose, "class_content"));
        Assert.Equal(1, Feature(prose, "ends_like_sentence"));
        Assert.Equal(1, Feature(prose, "kind_paragraph"));
        Assert.Equal(1, Feature(prose, "after_h1"));
        Assert.Equal(0, Feature(prose, "link_density"));
        Assert.Equal(1, Feature(prose, "prev_in_selection"));
        Assert.True(Feature(prose, "candidate_score_ratio") > 0);
    }

    [Fact]
    public void TheHeadlineIsMarkedAsTheTitle()
    {
        var headline = Block(Candidates(Page), "Ferry Timetable");

        Assert.Equal(1, Feature(headline, "is_title"));
        Assert.Equal(1, Feature(headline, "kind_heading"));
        Assert.Equal(1, Feature(headline, "heading_level"));
    }

    [Fact]
    public void TheFooterIsOutsideTheSelectionAndLast()
    {
        var footer = Block(Candidates(Page), "Copyright");

        Assert.Equal(1, Feature(footer, "in_footer"));
        Assert.Equal(1, Feature(footer, "relative_index"));
        Assert.Equal(0, Feature(footer, "in_selection"));
    }

    [Fact]
    public void DeclaredPageKindsBecomePageFeatures()
    {
        var product = Page.Replace("</head>", """<script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script></head>""", StringComparison.Ordinal);

        var candidate = Candidates(product)[0];

        Assert.Equal(1, Feature(candidate, "page_product_declared"));
        Assert.Equal(0, Feature(candidate, "page_forum_declared"));
    }

    [Fact]
    public void TheSameHtmlGivesTheSameFeatures()
    {
        var first = Candidates(Page);
        var second = Candidates(Page);

        Assert.Equal(first.Select(c => c.Text), second.Select(c => c.Text));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Features, pair.Second.Features));
    }

    [Fact]
    public void AuthorBoxesAreNotCandidates()
    {
        var withBox = Page.Replace("</article>", """<div class="author-bio"><p>Jo Smith writes about transport for the paper.</p></div></article>""", StringComparison.Ordinal);

        Assert.DoesNotContain(Candidates(withBox), c => c.Text.Contains("Jo Smith", StringComparison.Ordinal));
    }
}
