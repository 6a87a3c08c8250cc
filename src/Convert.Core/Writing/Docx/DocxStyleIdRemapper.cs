using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Points the document's paragraph, character and table style references at a reference document's ids, for the styles
/// the reference has under another id (a localised Word names "Heading 1" "Überschrift1", say).
/// </summary>
internal static class DocxStyleIdRemapper
{
    public static void Remap(MainDocumentPart main, IReadOnlyDictionary<string, string> idMap)
    {
        IEnumerable<DocumentFormat.OpenXml.OpenXmlElement?> roots =
        [
            main.Document, main.FootnotesPart?.Footnotes,
            .. main.HeaderParts.Select(p => p.Header), .. main.FooterParts.Select(p => p.Footer),
        ];
        foreach (var root in roots.OfType<DocumentFormat.OpenXml.OpenXmlElement>())
        {
            foreach (var styleId in root.Descendants<W.ParagraphStyleId>())
            {
                styleId.Val = Mapped(styleId.Val?.Value, idMap);
            }

            foreach (var styleId in root.Descendants<W.RunStyle>())
            {
                styleId.Val = Mapped(styleId.Val?.Value, idMap);
            }

            foreach (var styleId in root.Descendants<W.TableStyle>())
            {
                styleId.Val = Mapped(styleId.Val?.Value, idMap);
            }
        }
    }

    private static string? Mapped(string? id, IReadOnlyDictionary<string, string> idMap) =>
        id is not null && idMap.TryGetValue(id, out var mapped) ? mapped : id;
}
