using Convert.Core.Configuration;

namespace Convert.Tests.Configuration;

public class SuggestionTests
{
    [Theory]
    [InlineData("cleanign", "cleaning")]
    [InlineData("disabel", "disable")]
    [InlineData("rule", "rules")]
    [InlineData("Rules", "rules")]
    [InlineData("clean", "cleaning")]
    [InlineData("over", "overrides")]
    public void ATypoGetsTheNearestKnownWord(string typo, string expected)
    {
        Assert.Equal(expected, Suggestion.Closest(typo, ["cleaning", "disable", "add", "rules", "overrides"]));
    }

    [Fact]
    public void AWordFarFromEveryCandidateGetsNoSuggestion()
    {
        Assert.Null(Suggestion.Closest("colour", ["cleaning", "rules", "overrides"]));
        Assert.Equal("", Suggestion.DidYouMean("colour", ["cleaning", "rules"]));
    }

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void DistanceCountsEditsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestion.Distance(a, b));
    }
}
