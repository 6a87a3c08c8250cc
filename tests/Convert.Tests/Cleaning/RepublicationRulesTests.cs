using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class RepublicationRulesTests
{
    [Theory]
    [InlineData("This article was published in another form at https://example.org/2025/01/02/some-slug/", "https://example.org/2025/01/02/some-slug/")]
    [InlineData("This article was originally published on The Harbour Gazette. Read the original article.", "The Harbour Gazette")]
    [InlineData("This article was originally published at https://example.net/ferry.", "https://example.net/ferry")]
    [InlineData("Originally published at https://example.com/post on January 2, 2025.", "https://example.com/post")]
    [InlineData("This article originally appeared on Island Weekly.", "Island Weekly")]
    [InlineData("This story first appeared in The Coastal Review.", "The Coastal Review")]
    [InlineData("Republished with permission from Island Weekly.", "Island Weekly")]
    [InlineData("This article is republished from The Coastal Review under a Creative Commons license.", "The Coastal Review")]
    public void RepublicationNoteMovesIntoMetadata(string note, string source)
    {
        var cleaned = Clean(Body1, Body2, note, "Share.", Bio);
        Assert.Equal([Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal(source, cleaned.Metadata.RepublishedFrom);
        Assert.Equal(note, cleaned.Metadata.RepublishedNote);
        Assert.Equal([$"republication-note: {note}", "share-button: Share."], cleaned.Removed());
        Assert.Equal([Bio], cleaned.Tail());
    }

    [Theory]
    [InlineData("A version of this article appears in print on March 3, 2025, on Page A7 of the New York edition with the headline: Ferries Return. Order Reprints | Today's Paper | Subscribe")]
    [InlineData("A version of this story appeared in print on , on Page B2 of the City edition with the headline: Ferries Return.")]
    public void PrintEditionNoteMovesIntoMetadataAndLetsTheBioFollowTheBody(string note)
    {
        var cleaned = Clean(Body1, Body2, Bio, note);
        Assert.Equal([Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal(note, cleaned.Metadata.RepublishedNote);
        Assert.Null(cleaned.Metadata.RepublishedFrom);
        Assert.Equal([$"print-edition-note: {note}"], cleaned.Removed());
    }

    [Fact]
    public void NoteWrappedOverTwoLinesIsOneMatch()
    {
        const string text = "This article was originally published on The Harbour Gazette, an invented local\nnewspaper for islanders.";
        var cleaned = Clean(Blocks(Body1, Body2, text));
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal("The Harbour Gazette, an invented local newspaper for islanders", cleaned.Metadata.RepublishedFrom);
        var removal = cleaned.Removals.Single();
        Assert.Equal((5, 6), (removal.Source.StartLine, removal.Source.EndLine));
    }

    [Fact]
    public void SentenceAboutPublishingStays()
    {
        const string sentence = "The report was originally published in 2019, and this article draws on its findings about ferry use.";
        var cleaned = Clean(Body1, sentence);
        Assert.Equal([Body1, sentence], cleaned.Kept());
        Assert.Null(cleaned.Metadata.RepublishedFrom);
    }
}
