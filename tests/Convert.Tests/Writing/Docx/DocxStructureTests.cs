using Convert.Core.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

public class DocxStructureTests
{
    private static WordprocessingDocument Open() =>
        WordprocessingDocument.Open(new MemoryStream(DocxTestArticles.Write(StructureArticles.WithStructure)), false);

    private static W.Style Style(WordprocessingDocument document, string id) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId?.Value == id);

    [Fact]
    public void StructureArticle_HasNoValidatorErrors()
    {
        using var document = Open();

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void BoldRunInABoldHeading_TakesNoBoldCharacterStyle()
    {
        // ECMA-376 §17.7.3: bold is a toggle property; a bold character style inside a bold paragraph style turns
        // bold off in Word. LibreOffice does not toggle, so only the package itself can show this.
        using var document = Open();
        var heading = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Single(p => p.InnerText == "Steps that matter");

        Assert.Equal("Heading1", heading.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.NotNull(Style(document, "Heading1").StyleRunProperties?.Bold);
        Assert.All(heading.Descendants<W.Run>(), run =>
        {
            var styleId = run.RunProperties?.RunStyle?.Val?.Value;
            Assert.True(styleId is null || Style(document, styleId).StyleRunProperties?.Bold is null, $"run style {styleId} is bold");
            Assert.Null(run.RunProperties?.Bold);
        });
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Subtitle")]
    [InlineData("Heading1")]
    [InlineData("Heading2")]
    [InlineData("Heading3")]
    [InlineData("SourceCode")]
    [InlineData("SourceNote")]
    [InlineData("FootnoteText")]
    public void DisplayCodeAndUrlStyles_AreNeverHyphenated(string styleId)
    {
        using var document = Open();

        Assert.NotNull(Style(document, styleId).StyleParagraphProperties?.SuppressAutoHyphens);
    }

    [Fact]
    public void CodeBlock_IsOneSourceCodeParagraphInAMonospaceFont()
    {
        using var document = Open();
        var code = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "SourceCode");

        Assert.Equal(2, code.Descendants<W.Break>().Count() + 1);
        Assert.Contains(code.Descendants<W.Text>(), t => t.Text == "    return p / 1025.0  # metres" && t.Space?.Value == SpaceProcessingModeValues.Preserve);
        Assert.Equal("Courier New", Style(document, "SourceCode").StyleRunProperties?.RunFonts?.Ascii?.Value);
        Assert.Equal("Courier New", Style(document, "VerbatimChar").StyleRunProperties?.RunFonts?.Ascii?.Value);
    }

    [Fact]
    public void SubAndSuperscriptRuns_CarryVertAlign()
    {
        using var document = Open();
        var aligned = document.MainDocumentPart!.Document!.Body!.Descendants<W.Run>()
            .Where(r => r.RunProperties?.VerticalTextAlignment is not null)
            .Select(r => (r.InnerText, r.RunProperties!.VerticalTextAlignment!.Val!.Value))
            .ToList();

        Assert.Equal([("2", W.VerticalPositionValues.Subscript), ("2", W.VerticalPositionValues.Superscript)], aligned);
    }

    [Fact]
    public void NestedList_UsesOneLevelPerDepthAndStartsAtFive()
    {
        using var document = Open();
        var items = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (Level: p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value,
                NumId: p.ParagraphProperties.NumberingProperties.NumberingId!.Val!.Value))
            .ToList();
        var numbering = document.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;

        Assert.Equal([0, 0, 1, 1, 0, 1, 2, 0], items.Select(i => i.Level));
        var main = items[0].NumId;
        var instance = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID?.Value == main);
        Assert.Equal(5, instance.Elements<W.LevelOverride>().Single(o => o.LevelIndex?.Value == 0).StartOverrideNumberingValue?.Val?.Value);
        var levels = numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId?.Value == instance.AbstractNumId?.Val?.Value)
            .Elements<W.Level>().ToList();
        Assert.Equal(W.NumberFormatValues.Decimal, levels[1].NumberingFormat?.Val?.Value);
        Assert.Equal(W.NumberFormatValues.Bullet, levels[2].NumberingFormat?.Val?.Value);
        // The bulleted sub-list at a numbered level is bulleted, not numbered on.
        var bulletItem = items[5];
        Assert.NotEqual(main, bulletItem.NumId);
        Assert.True(int.Parse(levels[1].PreviousParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture)
            > int.Parse(levels[0].PreviousParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
