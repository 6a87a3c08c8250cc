using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class RelatedRulesTests
{
    [Theory]
    [InlineData("Related Posts")]
    [InlineData("You may also like")]
    [InlineData("Read next")]
    [InlineData("More from The Harbour Gazette")]
    public void RelatedHeadingTakesTheHeadlineRunUnderIt(string heading)
    {
        var cleaned = Clean(Body1, Body2, heading, "Island School Gets A New Roof", "Fishing Quotas Cut Again",
            "Why The Old Ferry Lasted So Long", Bio);
        Assert.Equal([Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal(4, cleaned.Removals.Count);
        Assert.All(cleaned.Removals, r => Assert.Equal("related", r.Category));
        Assert.Equal([Bio], cleaned.Tail());
    }

    [Theory]
    [InlineData("Mehr zum Thema: Parkgebühren steigen")]
    [InlineData("Lesen Sie auch: Die neue Brücke ist fertig")]
    [InlineData("À lire aussi : Le port rouvre ses quais")]
    [InlineData("Lee también: El puerto reabre sus muelles")]
    [InlineData("Leggi anche: Il porto riapre")]
    public void ReadMoreLinesInOtherLanguagesAreRemovedToo(string line)
    {
        var cleaned = Clean(Body1, line, Body2);
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal([$"read-more-inline: {line}"], cleaned.Removed());
    }

    [Fact]
    public void ReadMoreLineIsRemovedWithoutEndingTheBody()
    {
        var cleaned = Clean(Body1, "Read more: Island School Gets A New Roof", Body2);
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal(["read-more-inline: Read more: Island School Gets A New Roof"], cleaned.Removed());
        Assert.Equal(2, cleaned.TailStart);
    }

    [Fact]
    public void ReadMoreInsideASentenceStays()
    {
        const string sentence = "Residents who want to read more about the plan can find the full report at the town library.";
        var cleaned = Clean(Body1, sentence, Body2);
        Assert.Equal([Body1, sentence, Body2], cleaned.Kept());
    }
}
