namespace Convert.Tests.Fixtures;

/// <summary>Pages whose class names say nothing (hashed CSS-in-JS names): the block scorer must still find the article.</summary>
public sealed class LearnedScorerFixtureTests
{
    [Fact]
    public void HashedClassNews_KeepsEveryParagraphInOrder()
    {
        var article = FixtureFiles.Convert("html/hashed-css-classes-news");

        Assert.Equal("River Ferry Gets an Electric Engine", article.Title);
        var body = article.Body.Select(b => b.PlainText).ToList();
        var starts = new[] { "The small ferry", "The ferry carries", "The new engine", "Some riders" };
        var positions = starts.Select(s => body.FindIndex(b => b.StartsWith(s, StringComparison.Ordinal))).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void HashedClassNews_LeavesOutTheChrome()
    {
        var article = FixtureFiles.Convert("html/hashed-css-classes-news");

        var all = string.Join("\n", article.Body.Select(b => b.PlainText));
        foreach (var clutter in new[] { "Skip to content", "Facebook", "Privacy", "Most read", "Harbour market reopens", "Subscribe" })
            Assert.DoesNotContain(clutter, all, StringComparison.Ordinal);
    }
}
