using Convert.Core.Model;
using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class StopAndTailTests
{
    private const string SecondBio =
        "Dr. John Example has worked as an adviser on island transport for two decades. He holds a Ph.D. in economics.";
    private const string SecondBioMore = "His research has been published in several invented journals about coastal policy.";

    private static readonly string TypicalPage = string.Join("\r\n\r\n",
        Title, Body1, Body2, Body3,
        "This article was published in another form at https://example.org/2025/01/02/ferry-plan/",
        "Share.", "Comments are closed.",
        "Mr Jane Q Example", "Research Officer/ Managing Editor Some Insight", Bio,
        "Dr John Example", "Director Research", SecondBio, SecondBioMore,
        "Exit mobile version");

    [Fact]
    public void TypicalPageKeepsBodyAndBiosAndMarksTheTail()
    {
        var cleaned = Clean(TypicalPage);
        Assert.Equal([Title, Body1, Body2, Body3, "Mr Jane Q Example", "Research Officer/ Managing Editor Some Insight", Bio,
            "Dr John Example", "Director Research", SecondBio, SecondBioMore], cleaned.Kept());
        Assert.Equal(4, cleaned.TailStart);
        Assert.Equal("https://example.org/2025/01/02/ferry-plan/", cleaned.Metadata.RepublishedFrom);
    }

    [Fact]
    public void TypicalPageRecordsEveryRemovalWithItsLine()
    {
        var cleaned = Clean(TypicalPage);
        Assert.Equal(
        [
            new Removal("republication-note", "republication", "This article was published in another form at https://example.org/2025/01/02/ferry-plan/", new SourceSpan(9, 9)),
            new Removal("share-button", "share", "Share.", new SourceSpan(11, 11)),
            new Removal("comments-closed", "comments", "Comments are closed.", new SourceSpan(13, 13)),
            new Removal("mobile-switcher", "mobile-switcher", "Exit mobile version", new SourceSpan(29, 29)),
        ], cleaned.Removals);
    }

    [Theory]
    [InlineData("About the author")]
    [InlineData("Über den Autor")]
    [InlineData("À propos de l'auteur")]
    [InlineData("Sobre los autores")]
    [InlineData("Over de auteur")]
    public void AboutTheAuthorHeadingEndsTheBody(string heading)
    {
        var cleaned = Clean(Title, Body1, Body2, heading, Bio);
        Assert.Equal([Title, Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal([$"author-heading: {heading}"], cleaned.Removed());
        Assert.Equal(3, cleaned.TailStart);
    }

    [Fact]
    public void LoneShareBeforeAnAuthorNameLineIsRemovedWithoutEndingTheBody()
    {
        var cleaned = Clean(Title, Body1, Body2, "Share.", "Mr Jane Q Example", "Research Officer", Bio);
        Assert.Equal([Title, Body1, Body2, "Mr Jane Q Example", "Research Officer", Bio], cleaned.Kept());
        Assert.Equal(["share-button: Share."], cleaned.Removed());
        Assert.Equal(6, cleaned.TailStart);
    }

    [Fact]
    public void LoneShareBetweenTwoBodyParagraphsStays()
    {
        var cleaned = Clean(Title, Body1, "Share.", Body2, Body3);
        Assert.Equal([Title, Body1, "Share.", Body2, Body3], cleaned.Kept());
        Assert.Empty(cleaned.Removals);
    }

    [Fact]
    public void NoStopMarkerTailStartIsTheBlockCount()
    {
        var cleaned = Clean(Title, Body1, Body2, Bio);
        Assert.Equal(4, cleaned.TailStart);
        Assert.Empty(cleaned.Removals);
    }

    [Fact]
    public void StopRuleBeforeTheBodyDoesNotEndIt()
    {
        var cleaned = Clean(Title, "Share this:", Body1, Body2);
        Assert.Equal([Title, Body1, Body2], cleaned.Kept());
        Assert.Equal(3, cleaned.TailStart);
    }

    [Fact]
    public void ClutterBetweenTitleAndBodyIsRemoved()
    {
        var cleaned = Clean(Title, "5 min read", "Facebook", "Twitter", "Advertisement", Body1, Body2);
        Assert.Equal([Title, Body1, Body2], cleaned.Kept());
        Assert.Equal(4, cleaned.Removals.Count);
    }

    [Fact]
    public void OnlyTheFirstStopMarksTheTail()
    {
        var cleaned = Clean(Body1, "Share.", "Comments are closed.", Bio, "Related Posts", "Island School Gets A New Roof");
        Assert.Equal([Body1, Bio], cleaned.Kept());
        Assert.Equal(1, cleaned.TailStart);
    }

    [Fact]
    public void CrLfAndNonBreakingSpacesAreCleanedLikePlainText()
    {
        var cleaned = Clean(Body1 + "\r\n\r\nComments\u00A0are closed.\r\n\r\n" + Bio);
        Assert.Equal([Body1, Bio], cleaned.Kept());
        Assert.Equal(1, cleaned.TailStart);
    }
}
