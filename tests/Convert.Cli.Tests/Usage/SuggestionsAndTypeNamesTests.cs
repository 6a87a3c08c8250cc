using Convert.Cli.Usage;

namespace Convert.Cli.Tests.Usage;

public sealed class SuggestionsAndTypeNamesTests
{
    private static readonly string[] Options = ["--output", "--output-dir", "--to", "--title", "--force", "--from", "--format", "-o", "-t", "-f"];

    [Theory]
    [InlineData("--outptu", "--output")]
    [InlineData("--ouput", "--output")]
    [InlineData("--froce", "--force")]
    [InlineData("--OUTPUT", "--output")]
    [InlineData("--out", "--output|--output-dir")]
    [InlineData("--fro", "--from")]
    public void NearNamesAreSuggested(string typed, string expected) =>
        Assert.Equal(expected.Split('|'), Suggestions.For(typed, Options));

    [Theory]
    [InlineData("-x")]
    [InlineData("--zzz")]
    [InlineData("--completely-different")]
    public void FarOrTooShortNamesGetNoGuess(string typed) => Assert.Empty(Suggestions.For(typed, Options));

    [Fact]
    public void ThePhraseListsOneOrSeveral()
    {
        Assert.Equal("", Suggestions.Phrase([]));
        Assert.Equal(" (did you mean 'a'?)", Suggestions.Phrase(["a"]));
        Assert.Equal(" (did you mean 'a', 'b' or 'c'?)", Suggestions.Phrase(["a", "b", "c"]));
    }

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("convert", "convrt", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void DistanceCountsEditsAndSwaps(string a, string b, int distance) => Assert.Equal(distance, Convert.Core.Configuration.Suggestion.Distance(a, b));

    [Theory]
    [InlineData("as expected type 'System.Int32'.", "as expected type a whole number.")]
    [InlineData("could not be converted to System.Collections.Generic.List`1[System.String].", "could not be converted to a list of strings.")]
    [InlineData("expected System.Boolean here", "expected true or false here")]
    [InlineData("Convert.Core.Cleaning.RuleData`1[X] is bad", "a value is bad")]
    [InlineData("expected System.Collections.Generic.Dictionary`2[System.String,System.String]", "expected a JSON object")]
    [InlineData("System.String[] expected", "a list of strings expected")]
    [InlineData("plain message about System of rules", "plain message about System of rules")]
    public void TypeNamesBecomeWords(string message, string expected) => Assert.Equal(expected, TypeNames.Humanize(message));
}
