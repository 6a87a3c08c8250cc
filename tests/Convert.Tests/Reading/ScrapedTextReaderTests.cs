using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Tests.Reading;

public class ScrapedTextReaderTests
{
    private static string Dump(IReadOnlyList<SourceBlock> blocks) =>
        string.Join("\n", blocks.Select(b => $"{b.Source.StartLine}-{b.Source.EndLine}: {string.Join(" / ", b.Lines.Select(l => l.Text))}"));

    [Fact]
    public void BlankLinesSeparateBlocksWithOneBasedLineNumbers()
    {
        var blocks = ScrapedTextReader.Read("First\n\n\nSecond line here");
        Assert.Equal("1-1: First\n4-4: Second line here", Dump(blocks));
    }

    [Theory]
    [InlineData("One\r\n\r\nTwo\r\nThree")]
    [InlineData("One\n\nTwo\nThree")]
    [InlineData("One\r\rTwo\rThree")]
    public void AllLineEndStylesGiveTheSameBlocks(string text)
    {
        Assert.Equal("1-1: One\n3-3: Two\n4-4: Three", Dump(ScrapedTextReader.Read(text)));
    }

    [Fact]
    public void OddSpacesBecomePlainSpacesAndRunsCollapse()
    {
        var blocks = ScrapedTextReader.Read("\u00A0 Odd\u202Fspaces\u2009and\u2007more\u3000here\t\ttoo  ");
        Assert.Equal(["Odd spaces and more here too"], blocks.Single().Lines.Select(l => l.Text));
    }

    [Fact]
    public void ZeroWidthCharactersAreDroppedButJoinersStay()
    {
        var blocks = ScrapedTextReader.Read("\uFEFFZero\u200Bwidth\u2060 text 👩\u200D💻");
        Assert.Equal(["Zerowidth text 👩\u200D💻"], blocks.Single().Lines.Select(l => l.Text));
    }

    [Fact]
    public void CurlyQuotesAndDashesAreKept()
    {
        var blocks = ScrapedTextReader.Read("“Quoted” — it’s – fine");
        Assert.Equal("“Quoted” — it’s – fine", blocks.Single().Text);
    }

    [Fact]
    public void LineOfOnlyInvisibleCharactersIsBlank()
    {
        var blocks = ScrapedTextReader.Read("One\n\u00A0\u200B \nTwo");
        Assert.Equal("1-1: One\n3-3: Two", Dump(blocks));
    }

    [Fact]
    public void ShortLinesStandAlone()
    {
        var blocks = ScrapedTextReader.Read("Share.\nComments are closed.\nExit mobile version");
        Assert.Equal("1-1: Share.\n2-2: Comments are closed.\n3-3: Exit mobile version", Dump(blocks));
    }

    [Fact]
    public void WrappedProseStaysOneBlock()
    {
        const string text =
            "The committee met on Tuesday to discuss the proposal in detail, and\n" +
            "most members agreed that the plan needed more work before a vote could\n" +
            "take place.";
        var block = ScrapedTextReader.Read(text).Single();
        Assert.Equal((1, 3), (block.Source.StartLine, block.Source.EndLine));
        Assert.Equal(3, block.Lines.Count);
        Assert.StartsWith("The committee met", block.Text, StringComparison.Ordinal);
        Assert.EndsWith("could take place.", block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleDirectlyAboveAParagraphIsItsOwnBlock()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("The long body paragraph keeps going on one line.", 5));
        var blocks = ScrapedTextReader.Read("A Title For The Story\n" + paragraph);
        Assert.Equal(["A Title For The Story"], blocks[0].Lines.Select(l => l.Text));
        Assert.Equal([paragraph], blocks[1].Lines.Select(l => l.Text));
    }

    [Fact]
    public void TitleCaseHeadingAboveWrappedProseIsItsOwnBlock()
    {
        const string text =
            "Why Regional Water Agreements Keep Failing Again\n" +
            "Negotiators from the three countries returned home last week without an\n" +
            "agreement, the fourth time in as many years that talks have collapsed.";
        var blocks = ScrapedTextReader.Read(text);
        Assert.Equal("1-1: Why Regional Water Agreements Keep Failing Again\n2-3: Negotiators from the three countries returned home last week without an / agreement, the fourth time in as many years that talks have collapsed.", Dump(blocks));
    }

    [Fact]
    public void ShortCapitalisedLineAfterWrappedSentenceStandsAlone()
    {
        const string text =
            "Officials said the new measures would help to restore trust in the region\n" +
            "over the coming years, though critics remain doubtful about the timeline.\n" +
            "Share.";
        var blocks = ScrapedTextReader.Read(text);
        Assert.Equal(2, blocks.Count);
        Assert.Equal(["Share."], blocks[1].Lines.Select(l => l.Text));
        Assert.Equal(3, blocks[1].Source.StartLine);
    }

    [Fact]
    public void OneParagraphPerLineGivesOneBlockPerLine()
    {
        var first = string.Join(" ", Enumerable.Repeat("First paragraph sentence that is rather long.", 5));
        var second = string.Join(" ", Enumerable.Repeat("Second paragraph sentence, also long enough.", 5));
        var blocks = ScrapedTextReader.Read(first + "\n" + second);
        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void ListItemsStayTogetherOneLineEach()
    {
        var blocks = ScrapedTextReader.Read("Ingredients you need for this\n- two eggs\n* flour\n• a pinch of salt\n1. Mix\n2) Bake");
        Assert.Equal("1-1: Ingredients you need for this\n2-6: - two eggs / * flour / • a pinch of salt / 1. Mix / 2) Bake", Dump(blocks));
    }

    [Theory]
    [InlineData("- item", true)]
    [InlineData("12. item", true)]
    [InlineData("3) item", true)]
    [InlineData("-5 degrees", false)]
    [InlineData("2025. A year", false)]
    [InlineData("1.5 million", false)]
    public void ListItemDetection(string line, bool expected)
    {
        var lines = ScrapedTextReader.Read("Intro line\n" + line);
        Assert.Equal(expected, Convert.Core.Reading.ListMarker.IsListItem(lines[^1].Line(0)));
    }
}
