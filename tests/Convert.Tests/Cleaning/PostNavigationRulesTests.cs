using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class PostNavigationRulesTests
{
    [Fact]
    public void PreviousAndNextLabelsTakeTheHeadlineUnderThem()
    {
        var cleaned = Clean(Body1, Body2, "Previous Article", "Island School Gets A New Roof", "Next Post",
            "Fishing Quotas Cut Again This Year", Bio);
        Assert.Equal([Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal(["post-navigation: Previous Article", "post-navigation: Island School Gets A New Roof",
            "post-navigation: Next Post", "post-navigation: Fishing Quotas Cut Again This Year"], cleaned.Removed());
        Assert.Equal(2, cleaned.TailStart);
    }

    [Fact]
    public void InlineNextLabelIsRemoved()
    {
        var cleaned = Clean(Body1, Body2, "Next: Fishing Quotas Cut Again This Year");
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal(["post-navigation-inline: Next: Fishing Quotas Cut Again This Year"], cleaned.Removed());
    }

    [Fact]
    public void ProseAfterALabelIsNotTakenAsAHeadline()
    {
        var cleaned = Clean(Body1, "Next Post", Bio);
        Assert.Equal([Body1, Bio], cleaned.Kept());
        Assert.Equal(["post-navigation: Next Post"], cleaned.Removed());
    }

    [Fact]
    public void BareNextBetweenBodyParagraphsStays()
    {
        var cleaned = Clean(Body1, "Next", Body2);
        Assert.Equal([Body1, "Next", Body2], cleaned.Kept());
    }
}
