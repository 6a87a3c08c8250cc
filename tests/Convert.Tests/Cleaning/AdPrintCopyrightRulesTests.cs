using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class AdRulesTests
{
    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Sponsored")]
    [InlineData("Story continues below advertisement")]
    public void AdLabelsBetweenBodyParagraphsAreRemovedWithoutEndingTheBody(string line)
    {
        var cleaned = Clean(Body1, line, Body2, Body3);
        Assert.Equal([Body1, Body2, Body3], cleaned.Kept());
        Assert.Equal([$"advertisement: {line}"], cleaned.Removed());
        Assert.Equal(3, cleaned.TailStart);
    }
}

public class PrintToolRulesTests
{
    private const string Step1 = "Whisk the eggs with the sugar until the mixture is pale and thick, which takes about five minutes.";
    private const string Step2 = "Fold in the flour gently, pour the batter into the tin and bake for forty minutes until golden.";

    [Fact]
    public void PrintAloneBetweenRecipeParagraphsStays()
    {
        var cleaned = Clean(Step1, "Print", Step2);
        Assert.Equal([Step1, "Print", Step2], cleaned.Kept());
        Assert.Empty(cleaned.Removals);
    }

    [Fact]
    public void PrintAndEmailClusterAboveTheBodyIsRemoved()
    {
        var cleaned = Clean(Blocks(Title, "Print\nEmail", Step1, Step2));
        Assert.Equal([Title, Step1, Step2], cleaned.Kept());
        Assert.Equal(["print-tools-short: Print", "print-tools-short: Email"], cleaned.Removed());
    }

    [Theory]
    [InlineData("Print this page")]
    [InlineData("Print Friendly, PDF & Email")]
    public void MultiWordToolLinksAreRemovedAnywhere(string line)
    {
        var cleaned = Clean(Step1, line, Step2);
        Assert.Equal([Step1, Step2], cleaned.Kept());
        Assert.Equal([$"print-tools: {line}"], cleaned.Removed());
    }
}

public class CopyrightRulesTests
{
    [Theory]
    [InlineData("© 2025 Harbour Gazette. All rights reserved.")]
    [InlineData("Copyright © 2025 Harbour Gazette")]
    [InlineData("All rights reserved")]
    [InlineData("Powered by WordPress")]
    public void CopyrightFootersAreRemoved(string line)
    {
        var cleaned = Clean(Body1, Body2, line);
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal([$"copyright-footer: {line}"], cleaned.Removed());
    }

    [Fact]
    public void CopyrightInASentenceStays()
    {
        const string sentence = "Copyright law gives the town no say over the old ferry's name, the council's lawyer told members.";
        var cleaned = Clean(Body1, sentence);
        Assert.Equal([Body1, sentence], cleaned.Kept());
    }
}

public class ReadTimeRulesTests
{
    [Theory]
    [InlineData("5 min read")]
    [InlineData("· 12 min read")]
    [InlineData("Reading time: 4 minutes")]
    public void ReadTimeLinesAreRemoved(string line)
    {
        var cleaned = Clean(Title, line, Body1);
        Assert.Equal([Title, Body1], cleaned.Kept());
        Assert.Equal([$"read-time: {line}"], cleaned.Removed());
    }
}

public class ImageCreditRulesTests
{
    [Theory]
    [InlineData("Photo: Tom Example/Reuters")]
    [InlineData("Image credit: Getty Images")]
    [InlineData("(AP Photo/Jane Example)")]
    [InlineData("Photo by Ann Example on Unsplash")]
    [InlineData("Getty Images")]
    public void CreditLinesAreRemovedInsideTheBody(string line)
    {
        var cleaned = Clean(Title, Body1, line, Body2);
        Assert.Equal([Title, Body1, Body2], cleaned.Kept());
        Assert.Equal([$"image-credit: {line}"], cleaned.Removed());
    }

    [Fact]
    public void ASentenceAboutAPhotoStays()
    {
        const string Sentence = "Photos of the old harbour show how much the town has changed, and the museum wants more of them.";
        Assert.Empty(Clean(Title, Body1, Sentence, Body2).Removals);
    }
}

