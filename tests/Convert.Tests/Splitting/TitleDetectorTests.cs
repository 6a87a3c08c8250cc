using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class TitleDetectorTests
{
    [Theory]
    [InlineData("Water Rights In The Valley")]
    [InlineData("Is the river dying?")]
    [InlineData("We did it!")]
    public void WhenTheFirstBlockIsAShortLineFollowedByText_ThenItIsTheTitle(string line) =>
        Assert.True(TitleDetector.IsTitle(ScrapedText.Blocks(line + "\n\nBody follows.")));

    [Theory]
    [InlineData("The council met on Tuesday.")]
    [InlineData("By Jane Doe")]
    [InlineData("March 3, 2025")]
    [InlineData("- a list item")]
    [InlineData("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone")]
    [InlineData("A first line\nand a second line")]
    public void WhenTheFirstBlockIsNotATitleLine_ThenThereIsNoTitle(string block) =>
        Assert.False(TitleDetector.IsTitle(ScrapedText.Blocks(block + "\n\nBody follows.")));

    [Fact]
    public void WhenNothingFollows_ThenTheLineIsNotATitle() =>
        Assert.False(TitleDetector.IsTitle(ScrapedText.Blocks("Lonely Line")));
}
