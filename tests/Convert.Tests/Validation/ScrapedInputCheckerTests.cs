using System.Text;
using Convert.Core.Validation;
using static Convert.Tests.Validation.Validate;

namespace Convert.Tests.Validation;

public class ScrapedInputCheckerTests
{
    [Fact]
    public void ACleanArticleHasNoFindings() => Assert.Empty(TextFile(CleanArticle));

    [Fact]
    public void RemovedClutterIsReportedAsInfoWithItsRuleAndLine()
    {
        var findings = TextFile(CleanArticle + "\nShare this:\n\nComments are closed.\n");

        var removed = findings.Where(f => f.RuleId == ValidationRules.ClutterRemoved).ToList();
        Assert.Equal(2, removed.Count);
        Assert.All(removed, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains("share-label", removed[0].Message, StringComparison.Ordinal);
        Assert.Equal(9, removed[0].Line);
        Assert.Empty(findings.Ids(Severity.Error));
    }

    [Fact]
    public void AShareLineKeptBetweenParagraphsIsAWarningNamingTheRule()
    {
        var text = CleanArticle.Replace("\n\nThe new harbour", "\n\nShare.\n\nThe new harbour", StringComparison.Ordinal);

        var finding = Assert.Single(TextFile(text));
        Assert.Equal(ValidationRules.PossibleClutter, finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("share-button", finding.Message, StringComparison.Ordinal);
        Assert.Equal(7, finding.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void AnEmptyInputIsUnreadable(string text) =>
        Assert.Equal([ValidationRules.Unreadable], TextFile(text).Ids());

    [Fact]
    public void ABodyUnderTheMinimumIsAnError()
    {
        var findings = TextFile("A Title Line Here\n\nOnly a few words are left in this body.\n");

        var finding = Assert.Single(findings, f => f.RuleId == ValidationRules.ShortBody);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("fewer than 50", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMinimumIsASetting() =>
        Assert.DoesNotContain(ValidationRules.ShortBody, TextFile("A Title Line Here\n\nOnly a few words are left in this body.\n", Settings(minWords: 5)).Ids());

    [Fact]
    public void OnlyClutterLeavesNoBody()
    {
        var findings = TextFile("Share this:\n\nComments are closed.\n");

        Assert.Contains(ValidationRules.NoBody, findings.Ids(Severity.Error));
    }

    [Theory]
    [InlineData("and the levy will now pay for its upkeep", "closing punctuation")]
    [InlineData("and the levy will now pay for...", "ellipsis")]
    [InlineData("The levy will now pay for its upkeep. Read more", "read more")]
    [InlineData("The levy will now pay for its upkeep. Continue reading »", "read more")]
    public void ACutOffEndingIsATruncationWarning(string ending, string reason)
    {
        var text = CleanArticle.Replace("The new harbour opened in June, and the levy will now pay for its upkeep.", ending, StringComparison.Ordinal);

        var finding = Assert.Single(TextFile(text), f => f.RuleId == ValidationRules.Truncated);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
        Assert.Equal(7, finding.Line);
    }

    [Theory]
    [InlineData("It wasnâ€™t easy.", "â€™")]
    [InlineData("The cafÃ© stayed open.", "Ã©")]
    [InlineData("They called it â€œthe quayâ€.", "â€œ")]
    [InlineData("A broken \uFFFD character.", "U+FFFD")]
    public void MojibakeIsAnErrorWithLineAndColumn(string sentence, string shown)
    {
        var text = CleanArticle.Replace("and the levy will now pay for its upkeep.", "and the levy will now pay for its upkeep. " + sentence, StringComparison.Ordinal);

        var finding = Assert.Single(TextFile(text), f => f.RuleId == ValidationRules.Mojibake);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(7, finding.Line);
        var line = "The new harbour opened in June, and the levy will now pay for its upkeep. " + sentence;
        Assert.Equal(line.IndexOf(shown == "U+FFFD" ? "\uFFFD" : shown, StringComparison.Ordinal) + 1, finding.Column);
        Assert.Contains(shown, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MixedEncodingsShowAsMojibake()
    {
        // UTF-8 "’" next to a windows-1252 "é": the file is not valid UTF-8, so all of it is read as windows-1252.
        var bytes = Encoding.UTF8.GetBytes(CleanArticle.Replace("every day", "every day’s use", StringComparison.Ordinal))
            .Concat(new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'.', (byte)'\n' }).ToArray();

        var findings = FileValidator.Validate("mixed.txt", bytes, FileKind.Text, Settings());

        Assert.Contains(findings, f => f.RuleId == ValidationRules.Mojibake && f.Line == 3);
        Assert.Contains(ValidationRules.ConversionWarning, findings.Ids(Severity.Warning));
    }

    [Fact]
    public void AnAuthorSectionWithoutAnAuthorIsAWarning()
    {
        var text = CleanArticle + "\nAbout the author\n\nthis section was left here by the page theme without anything in it worth reading\n";

        Assert.Contains(ValidationRules.BiosWithoutAuthor, TextFile(text).Ids(Severity.Warning));
    }

    [Fact]
    public void ARepeatedParagraphIsAWarningPointingAtTheFirst()
    {
        var text = CleanArticle + "\nThe new harbour opened in June, and the levy will now pay for its upkeep.\n";

        var finding = Assert.Single(TextFile(text), f => f.RuleId == ValidationRules.DuplicateParagraph);
        Assert.Equal(9, finding.Line);
        Assert.Contains("line 7", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlInputsGoThroughTheSameChecks()
    {
        var findings = FileValidator.Validate("a.html", [], FileKind.Html, Settings());

        Assert.Equal([ValidationRules.Unreadable], findings.Ids());
    }
}
