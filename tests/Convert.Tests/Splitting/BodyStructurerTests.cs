using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class BodyStructurerTests
{
    private static IReadOnlyList<string> Structure(string text) =>
        BlockDump.Of(BodyStructurer.Structure(ScrapedText.Blocks(text)));

    [Fact]
    public void WhenLinesStartWithBullets_ThenTheyBecomeAnUnorderedList() =>
        Assert.Equal(
            ["UL 1-4 first point | second point | third point | fourth point"],
            Structure("- first point\n* second point\n• third point\n– fourth point"));

    [Fact]
    public void WhenLinesAreNumbered_ThenTheyBecomeAnOrderedList() =>
        Assert.Equal(["OL 1-2 Wake up. | Drink water."], Structure("1. Wake up.\n2) Drink water."));

    [Fact]
    public void WhenAParagraphLeadsIntoAList_ThenBothKeepTheirOwnLines() =>
        Assert.Equal(
            ["P 1-1 Three things matter:", "UL 2-5 cost | speed that wraps on | trust", "P 6-6 That is all."],
            Structure("Three things matter:\n- cost\n- speed that\nwraps on\n- trust\nThat is all."));

    [Fact]
    public void WhenAShortLineWithoutPunctuationPrecedesAParagraph_ThenItIsALevelTwoHeading() =>
        Assert.Equal(
            ["H2 1-1 What changed in spring", "P 3-3 The river rose by a metre in a week."],
            Structure("What changed in spring\n\nThe river rose by a metre in a week."));

    [Theory]
    [InlineData("# Big", "H1 1-1 Big")]
    [InlineData("## Middle part", "H2 1-1 Middle part")]
    [InlineData("#### Deep part", "H3 1-1 Deep part")]
    public void WhenALineHasMarkdownHashes_ThenTheyGiveTheLevel(string line, string expected) =>
        Assert.Equal(expected, Structure(line + "\n\nA paragraph follows.")[0]);

    [Theory]
    [InlineData("It ended there.")]
    [InlineData("Was it worth it?")]
    [InlineData("and then nothing")]
    public void WhenAShortLineEndsLikeASentenceOrStartsLowerCase_ThenItStaysAParagraph(string line) =>
        Assert.Equal("P 1-1 " + line, Structure(line + "\n\nThe next paragraph is here.")[0]);

    [Fact]
    public void WhenTwoShortLinesFollowEachOther_ThenOnlyTheSecondCanBeAHeading() =>
        Assert.Equal(
            ["P 1-1 Part One", "H2 3-3 The start", "P 5-5 Text follows here."],
            Structure("Part One\n\nThe start\n\nText follows here."));

    [Fact]
    public void WhenAShortLineIsLast_ThenItIsNotAHeading() =>
        Assert.Equal(["P 1-1 A paragraph ends here.", "P 3-3 See you soon"], Structure("A paragraph ends here.\n\nSee you soon"));

    [Fact]
    public void WhenLinesStartWithAQuoteMarker_ThenTheyBecomeOneQuote() =>
        Assert.Equal(["Q 1-2 We will rebuild, she said."], Structure("> We will rebuild,\n> she said."));

    [Fact]
    public void WhenAParagraphWraps_ThenItsLinesAreJoinedWithSpaces() =>
        Assert.Equal(["P 1-2 One line and the next line."], Structure("One line\nand the next line."));
}
