using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class TagRulesTests
{
    [Fact]
    public void TagsLineMovesTermsIntoMetadata()
    {
        var cleaned = Clean(Body1, Body2, "Tags: Ferries, Local Government; Transport", Bio);
        Assert.Equal([Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal(["Ferries", "Local Government", "Transport"], cleaned.Metadata.Tags);
        Assert.Equal(["tags-line: Tags: Ferries, Local Government; Transport"], cleaned.Removed());
        Assert.Equal([Bio], cleaned.Tail());
    }

    [Fact]
    public void LabelAloneTakesTheTermsUnderIt()
    {
        var cleaned = Clean(Blocks(Body1, Body2) + "\n\nFiled under:\nFerries\nIslands\n\n" + Bio);
        Assert.Equal([Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal(["Ferries", "Islands"], cleaned.Metadata.Tags);
        Assert.Equal(3, cleaned.Removals.Count);
    }

    [Fact]
    public void PostedInAfterTheBodyGivesTags()
    {
        var cleaned = Clean(Body1, Body2, "Posted in Local News");
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal(["Local News"], cleaned.Metadata.Tags);
    }

    [Fact]
    public void TaggedInsideASentenceStays()
    {
        const string sentence = "Tagged birds were released near the harbour on Friday, and volunteers will track them for a year.";
        var cleaned = Clean(Body1, sentence, Body2);
        Assert.Equal([Body1, sentence, Body2], cleaned.Kept());
        Assert.Empty(cleaned.Metadata.Tags);
    }
}
