using Convert.Core.Model;
using Convert.Core.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>Figures in Word: the saved image as an inline picture kept with its caption, or the caption alone.</summary>
public class DocxFigureTests
{
    private static WordprocessingDocument Open(params Block[] body) =>
        WordprocessingDocument.Open(new MemoryStream(DocxTestArticles.Write(FigureArticles.With(body))), false);

    private static List<W.Paragraph> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();

    private static string? Style(W.Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Fact]
    public void SavedImage_IsAnInlinePicture_ThenTheCaptionWithItsCredit_AndNoValidatorErrors()
    {
        using var document = Open(FigureArticles.Saved());
        var paragraphs = Paragraphs(document);
        var picture = paragraphs.Single(p => p.Descendants<W.Drawing>().Any());
        var caption = paragraphs[paragraphs.IndexOf(picture) + 1];

        Assert.Equal(("CaptionedFigure", "Caption"), (Style(picture), Style(caption)));
        Assert.Equal("The channel at first light. Photo: Tamsin Lowe", caption.InnerText);
        var inline = picture.Descendants<DW.Inline>().Single();
        Assert.Equal("Pale sky over dark water", inline.DocProperties?.Description?.Value);
        var image = Assert.Single(document.MainDocumentPart!.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        using var stored = image.GetStream();
        Assert.Equal(File.ReadAllBytes(FigureArticles.PngPath), ReadAll(stored));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public void SmallPicture_PrintsAtItsOwnSize_NotBlownUpToTheTextWidth()
    {
        using var document = Open(FigureArticles.Saved());
        var extent = Paragraphs(document).SelectMany(p => p.Descendants<DW.Extent>()).Single();

        // 40 x 24 pixels at 96 per inch: 9,525 EMU a pixel.
        Assert.Equal(40 * 9525, extent.Cx!.Value);
        Assert.Equal(24 * 9525, extent.Cy!.Value);
    }

    [Fact]
    public void WidePicture_FillsTheTextWidth_WithItsAspectKept()
    {
        var path = Path.Combine(Path.GetTempPath(), $"declutter-wide-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, PngHeader(width: 2400, height: 1000));
        try
        {
            using var document = Open(FigureArticles.Saved(path));
            var extent = Paragraphs(document).SelectMany(p => p.Descendants<DW.Extent>()).Single();
            var margins = document.MainDocumentPart!.Document!.Body!.Elements<W.SectionProperties>().Single();
            var width = (long)margins.GetFirstChild<W.PageSize>()!.Width!.Value - margins.GetFirstChild<W.PageMargin>()!.Left!.Value - margins.GetFirstChild<W.PageMargin>()!.Right!.Value;

            Assert.Equal(width * 635, extent.Cx!.Value);
            Assert.Equal(1000.0 / 2400, (double)extent.Cy!.Value / extent.Cx!.Value, precision: 3);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The signature and the IHDR chunk are all the writer reads of a PNG; the pixels do not matter here.
    private static byte[] PngHeader(int width, int height)
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R',
            0, 0, 0, 0, 0, 0, 0, 0, 8, 2, 0, 0, 0, 0, 0, 0, 0];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }

    [Fact]
    public void PictureAndCaption_AreKeptTogether_ByTheirStyles()
    {
        using var document = Open(FigureArticles.Saved());
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToList();

        Assert.NotNull(styles.Single(s => s.StyleId?.Value == "CaptionedFigure").StyleParagraphProperties?.KeepNext);
        Assert.Equal("Captioned Figure", styles.Single(s => s.StyleId?.Value == "CaptionedFigure").StyleName?.Val?.Value);
    }

    [Theory]
    [InlineData("not-an-image.png", "JFIF but not really a JPEG")]
    [InlineData("vector.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    public void FileThatIsNotAPngJpegOrGif_PrintsNoPicture_OnlyTheCaption(string name, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"declutter-{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, content);
        try
        {
            using var document = Open(FigureArticles.Saved(path));

            Assert.Empty(document.MainDocumentPart!.ImageParts);
            Assert.DoesNotContain(Paragraphs(document), p => p.Descendants<W.Drawing>().Any());
            Assert.Contains(Paragraphs(document), p => Style(p) == "Caption" && p.InnerText.StartsWith("The channel", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FigureWithoutASavedImage_IsItsCaptionParagraph_WithNoBrokenReference()
    {
        using var document = Open(FigureArticles.Saved() with { LocalImage = new LocalImage("gone.png", null), ImageUrl = "https://quay.example/x.png" });

        Assert.Empty(document.MainDocumentPart!.ImageParts);
        Assert.Empty(document.MainDocumentPart.Document!.Body!.Descendants<W.Drawing>());
        Assert.Single(Paragraphs(document), p => Style(p) == "Caption");
    }

    [Fact]
    public void Dump_ShowsThePicture()
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(FigureArticles.With(FigureArticles.Saved())));

        Assert.Contains("[CaptionedFigure] {picture: image/png 40x24 px, 10.6 x 6.4 mm, alt \"Pale sky over dark water\"}\n[Caption] ", dump, StringComparison.Ordinal);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
