using Convert.Core.Reading;
using Convert.Core.Reading.TextDumps;

namespace Convert.Tests.Reading.TextDumps;

/// <summary>A row of bracketed buttons is chrome whatever the model says; a manual's option list is not such a row.</summary>
public sealed class DumpLineChoiceTests
{
    [Theory]
    [InlineData("[Facebook] [Twitter] [Email] [Print]", true)]
    [InlineData("[                    ] [Search]", true)]
    [InlineData("[Pin it][Share]", true)]
    [InlineData("[Logo]", false)]
    [InlineData("[--] [<pathspec>...]", false)]
    [InlineData("[-F <file> | -m <msg>] [--reset-author]", false)]
    [InlineData("[1] The survey counted 40 otters.", false)]
    public void AButtonRowIsTwoOrMoreBracketedItemsAndNothingElse(string line, bool isRow)
    {
        Assert.Equal(isRow, DumpLineChoice.IsButtonRow(ScrapedTextReader.Read(line)[0]));
    }

    [Fact]
    public void AButtonRowIsDroppedEvenWhenTheModelKeepsIt()
    {
        var blocks = ScrapedTextReader.Read("[Facebook] [Twitter] [Print]\n\n" + SmallDumps.Paragraph);
        var profiles = blocks.Select(BlockProfile.Of).ToArray();

        var keep = DumpLineChoice.Decide([0.9, 0.9], blocks, profiles, 0.5);

        Assert.Equal([false, true], keep);
    }
}
