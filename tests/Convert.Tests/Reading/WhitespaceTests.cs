using Convert.Core.Reading;

namespace Convert.Tests.Reading;

public class WhitespaceTests
{
    // What Collapse was written as first; the single-pass version must give the same string for every input.
    private static string SplitAndJoin(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("", "")]
    [InlineData("   \t\n ", "")]
    [InlineData("one", "one")]
    [InlineData("  The \t quick\r\nbrown\u00A0fox\u2003 ", "The quick brown fox")]
    [InlineData("a\tb", "a b")]
    public void Collapse_FoldsEveryWhitespaceRunIntoOneSpace_AndTrimsTheEnds(string text, string expected)
    {
        Assert.Equal(expected, Whitespace.Collapse(text));
    }

    [Fact]
    public void Collapse_GivesWhatSplittingOnWhitespaceAndJoiningGave_OnRandomTexts()
    {
        const string alphabet = "ab \t\n\r\u00A0\u2003\u200B\u3000é\u0085\u2028x";
        var random = new Random(20261202);
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
                chars[j] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);

            Assert.Equal(SplitAndJoin(text), Whitespace.Collapse(text));
        }
    }
}
