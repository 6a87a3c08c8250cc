using Convert.Core.Reading;
using Convert.Core.Reading.TextDumps;
using Convert.Tests.Fixtures;

namespace Convert.Tests.Reading.TextDumps;

/// <summary>Only whole-page dumps go through the line classifier; an article a scraper already cut out does not.</summary>
public sealed class PageDumpShapeTests
{
    private const string DumpFixture = "page-dump-w3m";

    public static TheoryData<string> CleanFixtures() =>
        new(FixtureFiles.TextFixtureNames().Where(name => name != DumpFixture));

    [Theory]
    [MemberData(nameof(CleanFixtures))]
    public void AScrapedArticleIsNotADump(string name)
    {
        var blocks = ScrapedTextReader.Read(File.ReadAllText(Path.Combine(FixtureFiles.TextDir, name + ".txt")));

        Assert.False(PageDumpShape.IsDump(blocks));
    }

    [Fact]
    public void AWholePageDumpIsADump()
    {
        Assert.True(PageDumpShape.IsDump(ScrapedTextReader.Read(SmallDumps.Page())));
        Assert.True(PageDumpShape.IsDump(ScrapedTextReader.Read(File.ReadAllText(Path.Combine(FixtureFiles.TextDir, DumpFixture + ".txt")))));
    }

    [Fact]
    public void ALongArticleWithoutChromeIsNotADump()
    {
        var article = string.Join("\n\n", Enumerable.Repeat(SmallDumps.Paragraph, 60));

        Assert.False(PageDumpShape.IsDump(ScrapedTextReader.Read(article)));
    }

    [Fact]
    public void ACommentThreadAfterAnArticleIsNotADump()
    {
        var thread = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"Reader {i} says:\nMarch {i}, 2025 at 10:1{i} am\nThank you for this piece, it was a good read.\nReply\n\n"));
        var article = string.Join("\n\n", Enumerable.Repeat(SmallDumps.Paragraph, 5)) + "\n\n8 Comments\n\n" + thread;

        Assert.False(PageDumpShape.IsDump(ScrapedTextReader.Read(article)));
    }
}
