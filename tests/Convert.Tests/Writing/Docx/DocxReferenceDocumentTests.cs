using Convert.Core.Writing;
using Convert.Tests.Fixtures;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>--reference-doc: styles, page setup, header and footer from a user's document; fallbacks with warnings.</summary>
public class DocxReferenceDocumentTests
{
    private static byte[] DefaultReference()
    {
        using var stream = new MemoryStream();
        DocxArticleWriter.WriteReferenceDocument(stream);
        return stream.ToArray();
    }

    /// <summary>The default reference document, changed by <paramref name="edit"/> as a user would in a word processor.</summary>
    private static DocxReferenceDocument EditedReference(Action<MainDocumentPart> edit)
    {
        var stream = new MemoryStream();
        stream.Write(DefaultReference());
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document.MainDocumentPart!);
        }

        stream.Position = 0;
        return DocxReferenceDocument.Load(stream);
    }

    private static byte[] WriteWith(DocxReferenceDocument reference, PaperSize paper = PaperSize.Auto) =>
        DocxTestArticles.Write(DocxTestArticles.Full, new WriterOptions { Docx = new DocxOptions { ReferenceDocument = reference, Paper = paper } });

    private static W.Style StyleNamed(MainDocumentPart main, string id) =>
        main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId?.Value == id);

    [Fact]
    public void TheShippedReferenceDocumentIsWhatTheCommandWrites()
    {
        var shipped = File.ReadAllBytes(Path.Combine(FixtureFiles.Root, "docs", "reference.docx"));

        Assert.True(shipped.SequenceEqual(DefaultReference()),
            "docs/reference.docx is stale: regenerate it with 'declutter reference-doc -o docs/reference.docx --force'.");
    }

    [Fact]
    public void TheDefaultReferenceHasEveryStyleNoWarningsAndTheRunningHeadEachDocumentFillsIn()
    {
        var reference = DocxReferenceDocument.Load(new MemoryStream(DefaultReference()));

        Assert.Empty(reference.Warnings);
        Assert.Contains("header (default):\n[Header] ", DocxTestArticles.Dump(DefaultReference()), StringComparison.Ordinal);
        Assert.Equal(DocxTestArticles.Dump(DocxTestArticles.Write(DocxTestArticles.Full)), DocxTestArticles.Dump(WriteWith(reference)));
        Assert.Contains("header (default):\n[Header] A Full Example\n", DocxTestArticles.Dump(WriteWith(reference)), StringComparison.Ordinal);
        var untitled = DocxTestArticles.Write(DocxTestArticles.Full with { Title = null }, new WriterOptions { Docx = new DocxOptions { ReferenceDocument = reference } });
        Assert.DoesNotContain("header (default)", DocxTestArticles.Dump(untitled), StringComparison.Ordinal);
    }

    [Fact]
    public void ARestyledRunningHeadKeepsItsLookAndTakesEachDocumentsTitle()
    {
        var reference = EditedReference(main =>
        {
            var run = main.HeaderParts.Single().Header!.Descendants<W.Run>().Single();
            run.RunProperties = new W.RunProperties(new W.Caps());
        });

        using var document = WordprocessingDocument.Open(new MemoryStream(WriteWith(reference)), false);
        var header = document.MainDocumentPart!.HeaderParts.Single().Header!;

        Assert.Equal("A Full Example", header.InnerText);
        Assert.NotNull(header.Descendants<W.Run>().Single().RunProperties?.Caps);
    }

    [Fact]
    public void AStyleTheReferenceLacksFallsBackToOursWithAWarning()
    {
        var reference = EditedReference(main => StyleNamed(main, "Byline").Remove());

        var warning = Assert.Single(reference.Warnings);
        Assert.Contains("'Byline'", warning, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(WriteWith(reference)), false);
        Assert.NotNull(StyleNamed(document.MainDocumentPart!, "Byline"));
    }

    [Fact]
    public void StylesTheReferenceLacksAreAddedWithOneWarningForAll()
    {
        var reference = EditedReference(main =>
        {
            StyleNamed(main, "Table").Remove();
            StyleNamed(main, "Caption").Remove();
            StyleNamed(main, "TableText").Remove();
        });

        var warning = Assert.Single(reference.Warnings);
        Assert.All(["'Table'", "'caption'", "'Table Text'"], name => Assert.Contains(name, warning, StringComparison.Ordinal));
        using var document = WordprocessingDocument.Open(new MemoryStream(WriteWith(reference)), false);
        Assert.NotNull(StyleNamed(document.MainDocumentPart!, "Table"));
    }

    [Fact]
    public void HeaderAndFooterDistancesOfTheReferenceAreAtLeast8Millimetres()
    {
        var reference = EditedReference(main =>
        {
            var margin = main.Document!.Body!.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageMargin>()!;
            margin.Header = 0;
            margin.Footer = 200;
        });

        using var document = WordprocessingDocument.Open(new MemoryStream(WriteWith(reference)), false);
        var written = document.MainDocumentPart!.Document!.Body!.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageMargin>()!;

        Assert.Equal((454u, 454u), (written.Header!.Value, written.Footer!.Value));
    }

    [Fact]
    public void NoStyleTakesANameLibreOfficeGivesToAnotherStyle()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(DefaultReference()), false);
        var names = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Select(s => s.StyleName!.Val!.Value).ToList();

        // LibreOffice's names for Word's Strong, Hyperlink, Footnote Text and Body Text.
        Assert.DoesNotContain("Strong Emphasis", names);
        Assert.DoesNotContain("Internet Link", names);
        Assert.DoesNotContain("Text Body", names);
        Assert.DoesNotContain("Table Contents", names);
    }

    [Fact]
    public void TheReferencesThemeAndFontTableAreCarriedOver()
    {
        const string themeFont = "Georgia Pro";
        var reference = EditedReference(main =>
        {
            main.AddNewPart<ThemePart>("rIdTheme").Theme = MinimalTheme(themeFont);
            main.AddNewPart<FontTablePart>("rIdFonts").Fonts = new W.Fonts(new W.Font { Name = themeFont });
            var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            defaults.RunFonts = new W.RunFonts { AsciiTheme = W.ThemeFontValues.MinorHighAnsi, HighAnsiTheme = W.ThemeFontValues.MinorHighAnsi };
        });

        using var document = WordprocessingDocument.Open(new MemoryStream(WriteWith(reference)), false);
        var main = document.MainDocumentPart!;

        Assert.Equal(themeFont, main.ThemePart?.Theme?.ThemeElements?.FontScheme?.MinorFont?.LatinFont?.Typeface?.Value);
        Assert.Equal(themeFont, main.FontTablePart?.Fonts?.Elements<W.Font>().Single().Name?.Value);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void TheReferencesOwnValidatorErrorsAreOneWarningAndNotCopied()
    {
        var reference = EditedReference(main =>
        {
            // Two errors a hand-edited styles.xml can hold: an unknown alignment and an unknown element.
            StyleNamed(main, "Byline").StyleParagraphProperties!.Justification = new W.Justification();
            StyleNamed(main, "Byline").StyleParagraphProperties!.Justification!.SetAttribute(new OpenXmlAttribute("w", "val", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "middle"));
            StyleNamed(main, "Quote").AppendChild(new OpenXmlUnknownElement("w", "colour", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"));
        });

        var warning = Assert.Single(reference.Warnings);
        Assert.Contains("validator error", warning, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(WriteWith(reference)), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.NotNull(StyleNamed(document.MainDocumentPart!, "Byline"));
    }

    private static DocumentFormat.OpenXml.Drawing.Theme MinimalTheme(string minorFont)
    {
        const string xml = """
            <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Reference">
              <a:themeElements>
                <a:clrScheme name="Reference">
                  <a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>
                  <a:dk2><a:srgbClr val="1F1F1F"/></a:dk2><a:lt2><a:srgbClr val="EEEEEE"/></a:lt2>
                  <a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>
                  <a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>
                  <a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>
                  <a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
                </a:clrScheme>
                <a:fontScheme name="Reference">
                  <a:majorFont><a:latin typeface="MAJOR"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
                  <a:minorFont><a:latin typeface="MINOR"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>
                </a:fontScheme>
                <a:fmtScheme name="Reference">
                  <a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
                  <a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
                  <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
                  <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>
                </a:fmtScheme>
              </a:themeElements>
            </a:theme>
            """;
        return new DocumentFormat.OpenXml.Drawing.Theme(xml.Replace("MAJOR", minorFont, StringComparison.Ordinal).Replace("MINOR", minorFont, StringComparison.Ordinal));
    }

    [Fact]
    public void AStyleWithTheSameNameUnderAnotherIdIsUsedByItsId()
    {
        var reference = EditedReference(main =>
        {
            var heading = StyleNamed(main, "Heading1");
            heading.StyleId = "Ueberschrift1";
            heading.StyleName = new W.StyleName { Val = "Heading 1" };
            heading.StyleRunProperties!.Color = new W.Color { Val = "C00000" };
        });

        var dump = DocxTestArticles.Dump(WriteWith(reference));

        Assert.Empty(reference.Warnings);
        Assert.Contains("[Ueberschrift1] Starting deep\n", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("[Heading1]", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void PageSetupHeaderAndFooterComeFromTheReferenceUnlessPaperIsGiven()
    {
        var reference = EditedReference(main =>
        {
            var section = main.Document!.Body!.Elements<W.SectionProperties>().Single();
            section.GetFirstChild<W.PageSize>()!.Width = 12240;
            section.GetFirstChild<W.PageSize>()!.Height = 15840;
            main.FooterParts.Single().Footer = new W.Footer(new W.Paragraph(new W.Run(new W.Text("Our footer"))));
            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            header.Header = new W.Header(new W.Paragraph(new W.Run(new W.Text("Internal use"))));
            section.PrependChild(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rIdHeader" });
        });

        var dump = DocxTestArticles.Dump(WriteWith(reference));
        var withPaper = DocxTestArticles.Dump(WriteWith(reference, PaperSize.A4));

        Assert.Contains("page: 215.9 x 279.4 mm (Letter)", dump, StringComparison.Ordinal);
        Assert.Contains("header (default):\n[Normal] Internal use\nfooter (default):\n[Normal] Our footer\n", dump, StringComparison.Ordinal);
        Assert.Contains("page: 210.0 x 297.0 mm (A4)", withPaper, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOutputWithAReferenceHasNoValidatorErrors()
    {
        var reference = EditedReference(main => StyleNamed(main, "AuthorBio").Remove());
        using var document = WordprocessingDocument.Open(new MemoryStream(WriteWith(reference)), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("")]
    public void BytesThatAreNotAWordDocumentAreRefused(string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);

        Assert.Throws<InvalidDataException>(() => DocxReferenceDocument.Load(new MemoryStream(bytes)));
    }

    [Fact]
    public void TheDocumentLanguageStaysTheArticles()
    {
        var reference = EditedReference(main =>
            main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages = new W.Languages { Val = "de-DE" });

        using var document = WordprocessingDocument.Open(new MemoryStream(WriteWith(reference)), false);
        var languages = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;

        Assert.Equal("en-GB", languages.Val?.Value);
    }
}
