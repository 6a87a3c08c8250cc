using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

/// <summary>Lines a rule matched but that stayed because of where they stood are reported as near misses.</summary>
public class NearMissTests
{
    [Fact]
    public void WeakShareBetweenBodyParagraphsIsANearMiss()
    {
        var cleaned = Clean(Body1, "Share.", Body2);

        var miss = Assert.Single(cleaned.NearMisses);
        Assert.Equal("share-button", miss.RuleId);
        Assert.Equal("Share.", miss.Text);
        Assert.Equal(3, miss.Source.StartLine);
        Assert.Contains("weak", miss.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovedClutterIsNotANearMiss()
    {
        var cleaned = Clean(Body1, "Share this:", Body2);

        Assert.Empty(cleaned.NearMisses);
        Assert.Single(cleaned.Removals);
    }

    [Fact]
    public void TailOnlyRuleInsideTheBodyIsANearMiss()
    {
        var cleaned = Clean(Body1, "Posted in News", Body2, Body3);

        var miss = Assert.Single(cleaned.NearMisses);
        Assert.Equal("posted-in", miss.RuleId);
        Assert.Contains("after the body", miss.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ProseHasNoNearMisses() => Assert.Empty(Clean(Title, Body1, Body2, Body3).NearMisses);

    [Fact]
    public void TheArticleCarriesTheNearMisses()
    {
        var article = Convert.Core.ConversionPipeline.Default.ConvertText(Blocks(Title, Body1, "Share.", Body2), new());

        Assert.Equal(["share-button"], article.NearMisses.Select(m => m.RuleId));
    }
}
