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
    public void TheDefaultReferenceHasEveryStyleNoWarningsAndNoRunningHeader()
    {
        var reference = DocxReferenceDocument.Load(new MemoryStream(DefaultReference()));

        Assert.Empty(reference.Warnings);
        Assert.DoesNotContain("header (default)", DocxTestArticles.Dump(DefaultReference()), StringComparison.Ordinal);
        Assert.Equal(DocxTestArticles.Dump(DocxTestArticles.Write(DocxTestArticles.Full)), DocxTestArticles.Dump(WriteWith(reference)));
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
