using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class RoleLineTests
{
    [Theory]
    [InlineData("Research Officer/ Managing Editor Some Insight")]
    [InlineData("Director Research")]
    [InlineData("Senior Fellow")]
    [InlineData("Staff Writer, The Example Times")]
    [InlineData("Contributing Editors")]
    [InlineData("Head of the School of Social Sciences")]
    [InlineData("staff writer")]
    public void WhenLineNamesAJob_ThenItIsARole(string line) => Assert.True(RoleLine.IsRole(line));

    [Theory]
    [InlineData("Jane Doe is a Research Officer at the Centre.")]
    [InlineData("What the numbers say")]
    [InlineData("Why water prices rise")]
    [InlineData("Is the director right?")]
    [InlineData("https://example.org/author/jane-editor/")]
    [InlineData("This is how the Director really hurt the party")]
    [InlineData("Meet the first candidate running for president on climate change")]
    public void WhenLineIsASentenceOrHasNoTitleWord_ThenItIsNotARole(string line) => Assert.False(RoleLine.IsRole(line));

    [Fact]
    public void WhenLineIsLongerThanTheLimit_ThenItIsNotARole() =>
        Assert.False(RoleLine.IsRole(string.Join(" ", Enumerable.Repeat("Editor", 30))));
}
