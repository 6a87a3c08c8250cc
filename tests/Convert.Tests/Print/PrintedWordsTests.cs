namespace Convert.Tests.Print;

/// <summary>The word comparison the print tests rely on, checked without a word processor.</summary>
public class PrintedWordsTests
{
    [Fact]
    public void HyphenationLigaturesCaseAndFootnoteNumbersDoNotHideAWord()
    {
        var expected = PrintedWords.Of("The flood-defence office found a Hyperlink, Fine.");
        var printed = PrintedWords.Of("Page 1 of 2\nThe flood-\ndefence of\u00ADfice found a Hyper-\nlink1, \uFB01ne.\n");

        Assert.Null(PrintedWords.FirstMissing(expected, printed));
    }

    [Fact]
    public void AMissingOrMisplacedWordIsNamed()
    {
        var printed = PrintedWords.Of("one two four three");

        Assert.Equal("'five' (after 'one two three')", PrintedWords.FirstMissing(PrintedWords.Of("one two three five"), printed));
        Assert.NotNull(PrintedWords.FirstMissing(PrintedWords.Of("one three four"), printed));
    }

    [Fact]
    public void APhraseMustBeConsecutive()
    {
        var printed = PrintedWords.Of("Comments are closed. Or are they? Comments are welcome.");

        Assert.True(PrintedWords.ContainsPhrase(printed, PrintedWords.Of("Comments are closed")));
        Assert.False(PrintedWords.ContainsPhrase(printed, PrintedWords.Of("Comments are open")));
    }
}
