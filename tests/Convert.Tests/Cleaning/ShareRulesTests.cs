using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class ShareRulesTests
{
    [Theory]
    [InlineData("Share this:")]
    [InlineData("SHARE THIS ARTICLE")]
    [InlineData("Share on Facebook")]
    [InlineData("Click to share on X (Opens in new window)")]
    [InlineData("Facebook Twitter LinkedIn WhatsApp Email")]
    [InlineData("Facebook | Twitter | Email")]
    [InlineData("Sharing is caring!")]
    public void StrongShareLinesAreRemovedBetweenBodyParagraphs(string line)
    {
        var cleaned = Clean(Body1, line, Body2);
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal("share", cleaned.Removals.Single().Category);
        Assert.Equal(line, cleaned.Removals.Single().Text);
    }

    [Theory]
    [InlineData("0 Shares")]
    [InlineData("1.2K shares")]
    public void ShareCountersAreRemoved(string line)
    {
        var cleaned = Clean(Title, line, Body1, Body2);
        Assert.Equal([Title, Body1, Body2], cleaned.Kept());
        Assert.Equal([$"share-count: {line}"], cleaned.Removed());
    }

    [Fact]
    public void OneNetworkNamePerLineIsRemovedAsACluster()
    {
        var cleaned = Clean(Blocks(Body1, Body2) + "\n\nShare\nFacebook\nTwitter\nPin it\n\n" + Bio);
        Assert.Equal([Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal(["share-button: Share", "share-button: Facebook", "share-button: Twitter", "share-button: Pin it"], cleaned.Removed());
        Assert.Equal(2, cleaned.TailStart);
    }

    [Fact]
    public void SingleShareWordAloneBetweenBodyParagraphsStays()
    {
        var cleaned = Clean(Body1, "Share.", Body2);
        Assert.Equal([Body1, "Share.", Body2], cleaned.Kept());
        Assert.Empty(cleaned.Removals);
        Assert.Equal(3, cleaned.TailStart);
    }

    [Fact]
    public void ShareWordInTheHeadZoneIsRemovedWithoutEndingTheBody()
    {
        var cleaned = Clean(Title, "Tweet", Body1, Body2);
        Assert.Equal([Title, Body1, Body2], cleaned.Kept());
        Assert.Equal(["share-button: Tweet"], cleaned.Removed());
        Assert.Equal(3, cleaned.TailStart);
    }

    [Theory]
    [InlineData("Please share this article with anyone who still relies on the ferry to reach the mainland.")]
    [InlineData("Share on Facebook was the most common way residents spread the news, the survey found.")]
    public void SharePhraseInsideASentenceStays(string sentence)
    {
        var cleaned = Clean(Body1, sentence, Body2);
        Assert.Equal([Body1, sentence, Body2], cleaned.Kept());
        Assert.Empty(cleaned.Removals);
    }

    [Theory]
    [InlineData("312 Followers")]
    [InlineData("1.2K claps")]
    public void FollowerAndClapCountersAreRemoved(string line)
    {
        var cleaned = Clean(Title, line, Body1, Body2);
        Assert.Equal([Title, Body1, Body2], cleaned.Kept());
        Assert.Equal([$"share-count: {line}"], cleaned.Removed());
    }

    [Fact]
    public void ABareCounterAboveTheBodyIsRemovedButANumberInsideTheBodyStays()
    {
        Assert.Equal(["bare-counter: 0"], Clean(Title, "0", Body1, Body2).Removed());
        Assert.Empty(Clean(Title, Body1, "1905", Body2, Body3).Removals);
    }

    [Theory]
    [InlineData("1905")]
    [InlineData("2014")]
    public void AYearAloneIsNoCounterEvenAboveTheBody(string year)
    {
        Assert.Empty(Clean(Title, year, Body1, Body2).Removals);
        Assert.Empty(Clean(Title, Body1, Body2, year).NearMisses);
    }

    [Fact]
    public void NewsletterPlatformButtonsAfterTheBodyAreRemoved()
    {
        var cleaned = Clean(Title, Body1, Body2, "Subscribe", "Like", "Comment", "Restack", "Share");
        Assert.Equal([Title, Body1, Body2], cleaned.Kept());
    }
}

