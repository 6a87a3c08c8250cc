using Convert.Core.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Lays out a figure: the image as an inline picture in the Captioned Figure style (kept with its caption) when the
/// page was saved with it and it is a PNG, JPEG or GIF, scaled to the text width with its aspect kept and the
/// alt text as its description; then the caption with the credit after it in the Caption style. Without an image the
/// figure is its caption paragraph, with no broken reference.
/// </summary>
internal sealed class DocxFigures(DocxInlines inlines, MainDocumentPart main, int textWidthTwips, int textHeightTwips)
{
    private const long EmusPerTwip = 635;

    // Pixels count at 96 per inch, as browsers lay them out (914400 EMU per inch); only the ratio matters after scaling.
    private const long EmusPerPixel = 9525;

    private int _pictures;

    public IEnumerable<OpenXmlElement> Build(Figure figure)
    {
        if (Picture(figure) is { } picture)
            yield return picture;
        var caption = figure.CaptionAndCredit;
        if (caption.Count > 0)
            yield return DocxParagraphs.Styled(DocxStyleIds.Caption, inlines.Build(caption, DocxStyleIds.Caption));
    }

    private W.Paragraph? Picture(Figure figure)
    {
        if (figure.LocalImage?.FullPath is not { } path || Read(path) is not { } bytes || ImageKind.Of(bytes) is not { } kind)
            return null;
        var number = ++_pictures;
        var relationshipId = $"rIdImage{number}";
        var part = main.AddImagePart(kind.ContentType, relationshipId);
        using (var stream = new MemoryStream(bytes, writable: false))
            part.FeedData(stream);
        var (width, height) = Fit(kind);
        var name = $"Picture {number}";
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = (uint)number, Name = name, Description = figure.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = (uint)number, Name = name, Description = figure.AltText },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return DocxParagraphs.Styled(DocxStyleIds.CaptionedFigure, [new W.Run(new W.Drawing(inline))]);
    }

    /// <summary>
    /// The image at its own size (its pixels at 96 per inch, as a browser shows it), made smaller with its aspect kept
    /// when it is wider than the text or so tall that its caption would not fit under it on the page; never enlarged,
    /// so an icon or a thumbnail does not print blown up to the text width.
    /// </summary>
    private (long Width, long Height) Fit(ImageKind kind)
    {
        var maxWidth = textWidthTwips * EmusPerTwip;
        // Room is left for the caption under the picture, on the same page.
        var maxHeight = textHeightTwips * EmusPerTwip * 3 / 4;
        double width = kind.Width * EmusPerPixel;
        double height = kind.Height * EmusPerPixel;
        var scale = Math.Min(1, Math.Min(maxWidth / width, maxHeight / height));
        return (Math.Max(1, (long)Math.Round(width * scale)), Math.Max(1, (long)Math.Round(height * scale)));
    }

    // A file that went missing or cannot be read since the page was read prints no picture, as if it had not been saved.
    private static byte[]? Read(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists && file.Length <= Reading.LocalImages.MaxBytes ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
