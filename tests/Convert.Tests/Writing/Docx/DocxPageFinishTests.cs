using Convert.Core.Model;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>The page finish: no running head on page 1, a running head that is the title, kerned display styles.</summary>
public class DocxPageFinishTests
{
    private static WordprocessingDocument Open(Article article) =>
        WordprocessingDocument.Open(new MemoryStream(DocxTestArticles.Write(article)), false);

    [Fact]
    public void PageOne_HasNoRunningHead_ButKeepsItsPageNumber()
    {
        using var document = Open(DocxTestArticles.Small);
        var section = document.MainDocumentPart!.Document!.Body!.Elements<W.SectionProperties>().Single();

        Assert.NotNull(section.GetFirstChild<W.TitlePage>());
        Assert.DoesNotContain(section.Elements<W.HeaderReference>(), r => r.Type?.Value == W.HeaderFooterValues.First);
        var footers = section.Elements<W.FooterReference>().ToList();
        Assert.Equal([W.HeaderFooterValues.Default, W.HeaderFooterValues.First], footers.Select(f => f.Type!.Value));
        Assert.Single(footers.Select(f => f.Id!.Value).Distinct());
    }

    [Theory]
    [InlineData("Daring Fireball: Colophon", "Daring Fireball", null, "Colophon")]
    [InlineData("Daring Fireball: Colophon", null, "https://daringfireball.net/colophon", "Colophon")]
    [InlineData("Harbour Data Notes | How much the ferries carried", "Harbour Data Notes", null, "How much the ferries carried")]
    [InlineData("Why the Rivers Rise: A Study of Floods", "River Weekly", null, "Why the Rivers Rise")]
    public void TheRunningHead_IsNeverOnlyTheSiteName(string title, string? site, string? url, string header)
    {
        var article = DocxTestArticles.Small with
        {
            Title = title,
            Metadata = DocxTestArticles.Small.Metadata with { SiteName = site, SourceUrl = url },
        };

        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(article));

        Assert.Contains($"header (default):\n[Header] {header}\n", dump, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Title", true)]
    [InlineData("Subtitle", true)]
    [InlineData("Heading1", true)]
    [InlineData("Heading2", true)]
    [InlineData("Heading3", true)]
    [InlineData("BodyText", false)]
    public void DisplayStyles_AreKerned(string styleId, bool kerned)
    {
        using var document = Open(DocxTestArticles.Small);
        var style = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId?.Value == styleId);

        Assert.Equal(kerned, style.StyleRunProperties?.Kern is not null);
    }
}
