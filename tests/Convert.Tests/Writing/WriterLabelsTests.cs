using Convert.Core.Languages;
using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Tests.Writing.Docx;

namespace Convert.Tests.Writing;

public class WriterLabelsTests
{
    [Theory]
    [InlineData(null, "By")]
    [InlineData("en-GB", "By")]
    [InlineData("de-AT", "Von")]
    [InlineData("fr_CA", "Par")]
    [InlineData("pt-BR", "Por")]
    [InlineData("nl", "Door")]
    [InlineData("ja", "By")]
    public void TheLabelsFollowTheLanguagesPrimaryTag(string? language, string by) =>
        Assert.Equal(by, WriterLabels.For(language).By);

    [Theory]
    [InlineData("en", "3 March 2025")]
    [InlineData("de", "3. März 2025")]
    [InlineData("fr", "3 mars 2025")]
    [InlineData("es", "3 de marzo de 2025")]
    [InlineData("it", "3 marzo 2025")]
    [InlineData("pt", "3 de março de 2025")]
    [InlineData("nl", "3 maart 2025")]
    public void DatesReadAsInTheLanguage(string language, string expected) =>
        Assert.Equal(expected, WriterLabels.For(language).Date(new DateOnly(2025, 3, 3)));

    [Fact]
    public void EveryLanguageHasTwelveMonths()
    {
        foreach (var language in new[] { "en", "de", "fr", "es", "it", "pt", "nl" })
            Assert.Equal(12, WriterLabels.For(language).Months.Count);
    }

    [Fact]
    public void AGermanArticlePrintsGermanWordsAroundIt()
    {
        var article = DocxTestArticles.Small with { Metadata = DocxTestArticles.Small.Metadata with { Language = "de-DE" } };

        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(article));
        var markdown = Markdown(article);

        Assert.Contains("[Footer] Seite {PAGE} von {NUMPAGES}", dump, StringComparison.Ordinal);
        Assert.Contains("[Byline] Von ", dump, StringComparison.Ordinal);
        Assert.Contains("[Date] 3. März 2025", dump, StringComparison.Ordinal);
        Assert.Contains("## Über den Autor", markdown, StringComparison.Ordinal);
    }

    private static string Markdown(Article article)
    {
        using var stream = new MemoryStream();
        ArticleWriters.Find("md")!.Write(article, stream, WriterOptions.Default);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
