using Convert.Core.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>The dump on packages this tool did not write: bare parts, direct formatting, complex fields.</summary>
public class DocxTextDumpTests
{
    [Fact]
    public void WhenPackageHasOnlyADocumentPartThenDumpFallsBackWithoutThrowing()
    {
        var bytes = Package(main => main.Document = new W.Document(new W.Body(
            new W.Paragraph(
                new W.Run(new W.RunProperties(new W.Bold()), new W.Text("Bold")),
                new W.Run(new W.RunProperties(new W.Bold()), new W.Text(" still") { Space = SpaceProcessingModeValues.Preserve }),
                new W.Run(new W.Text(" plain, ") { Space = SpaceProcessingModeValues.Preserve }),
                new W.Run(new W.RunProperties(new W.Italic { Val = false }), new W.Text("not italic"))),
            new W.Paragraph(
                new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = 1 }, new W.NumberingId { Val = 7 })),
                new W.Run(new W.Text("orphan item"))),
            new W.Paragraph(new W.Hyperlink(new W.Run(new W.Text("jump"))) { Anchor = "intro" }),
            new W.SectionProperties(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = "rIdMissing" }))));

        var dump = DocxTextDump.Dump(new MemoryStream(bytes));

        Assert.Equal(
            """
            title: (none)
            creator: (none)
            description: (none)
            language: (none)
            created: (none)
            modified: (none)
            app.xml: none
            page: (not set)
            hyphenation: off
            body:
            [Normal] {b: Bold still} plain, not italic
            [Normal] (list 7, unknown, level 1) orphan item
            [Normal] [jump](#intro)
            footer (default):
            (missing part)

            """.ReplaceLineEndings("\n"),
            dump);
    }

    [Fact]
    public void WhenFieldIsComplexThenInstructionIsShownAndCachedResultHidden()
    {
        var bytes = Package(main => main.Document = new W.Document(new W.Body(new W.Paragraph(
            new W.Run(new W.Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            new W.Run(new W.FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            new W.Run(new W.Text("4")),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
            new W.Run(new W.Text(" of many") { Space = SpaceProcessingModeValues.Preserve })))));

        var dump = DocxTextDump.Dump(new MemoryStream(bytes));

        Assert.Contains("\n[Normal] Page {PAGE} of many\n", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenStylesNameAnotherDefaultThenUnstyledParagraphsShowIt()
    {
        var bytes = Package(main =>
        {
            main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(
                new W.Style { Type = W.StyleValues.Paragraph, StyleId = "Standard", Default = true });
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("x")))));
        });

        Assert.Contains("\n[Standard] x\n", DocxTextDump.Dump(new MemoryStream(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void WhenBytesAreNotAPackageThenInvalidDataIsReported()
    {
        var notZip = new MemoryStream("plain text, not a zip"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => DocxTextDump.Dump(notZip));
    }

    private static byte[] Package(Action<MainDocumentPart> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            fill(document.AddMainDocumentPart());
        }

        return stream.ToArray();
    }
}
