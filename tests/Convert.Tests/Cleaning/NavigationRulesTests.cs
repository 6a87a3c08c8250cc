using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class NavigationRulesTests
{
    [Theory]
    [InlineData("Skip to content", "skip-link")]
    [InlineData("Home » News » World", "breadcrumb")]
    [InlineData("Home > Tech > AI", "breadcrumb")]
    [InlineData("You are here: Home / Local", "breadcrumb")]
    [InlineData("Back to top", "back-to-top")]
    public void NavigationLinesAreRemovedAnywhere(string line, string ruleId)
    {
        var cleaned = Clean(Body1, line, Body2);
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal([$"{ruleId}: {line}"], cleaned.Removed());
        Assert.Equal(2, cleaned.TailStart);
    }

    [Fact]
    public void MenuWordsAboveTheTitleAreRemoved()
    {
        var cleaned = Clean("Home\nMenu\nSearch", Title, Body1);
        Assert.Equal([Title, Body1], cleaned.Kept());
        Assert.Equal(["site-menu: Home", "site-menu: Menu", "site-menu: Search"], cleaned.Removed());
    }

    [Fact]
    public void MenuWordAloneInTheBodyStays()
    {
        var cleaned = Clean(Body1, "Search", Body2);
        Assert.Equal([Body1, "Search", Body2], cleaned.Kept());
    }

    [Theory]
    [InlineData("Exit mobile version")]
    [InlineData("View non-AMP version")]
    [InlineData("Switch to desktop version")]
    public void VersionSwitchersAreRemovedAndEndTheBody(string line)
    {
        var cleaned = Clean(Body1, line, Bio);
        Assert.Equal([Body1, Bio], cleaned.Kept());
        Assert.Equal([$"mobile-switcher: {line}"], cleaned.Removed());
        Assert.Equal(1, cleaned.TailStart);
    }

    [Fact]
    public void BreadcrumbWordsInASentenceStay()
    {
        const string sentence = "Home is where most of the ferry crew live, and many of them said they would support the vote.";
        var cleaned = Clean(Body1, sentence);
        Assert.Equal([Body1, sentence], cleaned.Kept());
    }
}
