using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class BioContinuationTests
{
    private static readonly PersonName John = new("Dr", "John Example");

    [Theory]
    [InlineData("His research has been published widely.")]
    [InlineData("She also teaches.")]
    [InlineData("I write about water.")]
    [InlineData("John Example has worked as an adviser.")]
    [InlineData("Dr. John Example has worked as an adviser.")]
    [InlineData("Dr. Example holds a degree.")]
    [InlineData("Example's latest book is out.")]
    [InlineData("John joined in 2020.")]
    public void WhenParagraphOpensWithThePersonOrAPronoun_ThenItContinuesTheBio(string text) =>
        Assert.True(BioContinuation.Continues(text, John));

    [Theory]
    [InlineData("The council met on Tuesday.")]
    [InlineData("Jane Roe is a fellow.")]
    [InlineData("Hereford is a town.")]
    public void WhenParagraphIsAboutSomethingElse_ThenItDoesNotContinueTheBio(string text) =>
        Assert.False(BioContinuation.Continues(text, John));
}
