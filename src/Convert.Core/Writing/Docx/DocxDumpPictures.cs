using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// A picture for the dump: "{picture: image/png 40x30 px, 105.8 x 79.4 mm, alt "…"}", read from the image part the
/// drawing points at, so a missing part or one that is not the image it claims shows.
/// </summary>
internal static class DocxDumpPictures
{
    private const double EmusPerMillimetre = 36000;

    public static string Describe(W.Drawing drawing, OpenXmlPart? part)
    {
        var inline = drawing.Inline;
        var extent = inline?.Extent ?? drawing.Anchor?.GetFirstChild<DW.Extent>();
        var size = extent is { Cx.Value: var cx, Cy.Value: var cy }
            ? string.Create(CultureInfo.InvariantCulture, $"{cx / EmusPerMillimetre:0.0} x {cy / EmusPerMillimetre:0.0} mm")
            : "no size";
        var alt = (inline?.DocProperties ?? drawing.Anchor?.GetFirstChild<DW.DocProperties>())?.Description?.Value;
        var embed = drawing.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value;
        return $"{{picture: {Image(embed, part)}, {size}{(alt is null ? "" : $", alt \"{alt}\"")}}}";
    }

    private static string Image(string? embed, OpenXmlPart? part)
    {
        if (embed is null)
            return "no image";
        if (part is null || !part.TryGetPartById(embed, out var found) || found is not ImagePart image)
            return $"missing image part {embed}";
        using var stream = image.GetStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ImageKind.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } kind && kind.ContentType == image.ContentType
            ? $"{kind.ContentType} {kind.Width}x{kind.Height} px"
            : $"{image.ContentType} part that is not one";
    }
}
