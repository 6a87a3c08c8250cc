using Convert.Core.Model;
using Convert.Core.Writing;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>
/// An article whose language is unknown gets no language tag anywhere (a wrong one means wrong proofing and
/// hyphenation), and A4 paper, as the README's paper rule says for an article naming no Letter region.
/// </summary>
public class DocxUnknownLanguageTests
{
    private static Article Unknown => DocxTestArticles.Small with { Metadata = DocxTestArticles.Small.Metadata with { Language = null } };

    [Fact]
    public void AnUnknownLanguageLeavesNoLanguageTagInStylesRunsSettingsOrProperties()
    {
        var docx = DocxTestArticles.Write(Unknown);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        Assert.Empty(main.StyleDefinitionsPart!.Styles!.Descendants<W.Languages>());
        Assert.Empty(main.Document!.Descendants<W.Languages>());
        Assert.Empty(main.DocumentSettingsPart!.Settings!.Descendants<W.Languages>());
        Assert.Empty(main.FooterParts.SelectMany(f => f.Footer!.Descendants<W.Languages>()));
        Assert.Contains("language: (none)", DocxTestArticles.Dump(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownLanguageWithAReferenceDocumentDropsTheReferencesDefaultLanguage()
    {
        using var stream = new MemoryStream();
        DocxArticleWriter.WriteReferenceDocument(stream);
        stream.Position = 0;
        using (var edited = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var defaults = edited.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            defaults.Languages = new W.Languages { Val = "en-US" };
        }

        stream.Position = 0;
        var reference = DocxReferenceDocument.Load(stream);
        var docx = DocxTestArticles.Write(Unknown, new WriterOptions { Docx = new DocxOptions { ReferenceDocument = reference } });

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Descendants<W.Languages>());
    }

    [Fact]
    public void AKnownLanguageIsTheDocumentDefault()
    {
        var docx = DocxTestArticles.Write(DocxTestArticles.Full);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("en-GB", defaults.Languages?.Val?.Value);
    }

    [Theory]
    [InlineData(null, "A4")]
    [InlineData("en", "A4")]
    [InlineData("fr-FR", "A4")]
    [InlineData("en-US", "Letter")]
    [InlineData("es-MX", "Letter")]
    public void ThePaperFollowsTheRegionOfTheLanguageAndIsA4WhenThereIsNone(string? language, string paper)
    {
        var article = DocxTestArticles.Small with { Metadata = DocxTestArticles.Small.Metadata with { Language = language } };

        Assert.Contains($"({paper})", DocxTestArticles.Dump(DocxTestArticles.Write(article)).Split('\n').Single(l => l.StartsWith("page:", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
