using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Small factory for styled Word paragraphs. A paragraph whose text is mostly in a right-to-left script is marked
/// right to left (w:bidi), so Arabic, Hebrew or Urdu text reads and aligns correctly whatever the document language.
/// </summary>
internal static class DocxParagraphs
{
    public static W.Paragraph Styled(string styleId, IEnumerable<OpenXmlElement> content) =>
        Build(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = styleId } }, content);

    public static W.Paragraph Styled(string styleId, string text) => Styled(styleId, [DocxInlines.Plain(text)]);

    public static W.Paragraph ListItem(int numId, int level, IEnumerable<OpenXmlElement> content) => Build(
        new W.ParagraphProperties
        {
            ParagraphStyleId = new W.ParagraphStyleId { Val = DocxStyleIds.ListParagraph },
            NumberingProperties = new W.NumberingProperties(
                new W.NumberingLevelReference { Val = level },
                new W.NumberingId { Val = numId }),
        },
        content);

    private static W.Paragraph Build(W.ParagraphProperties properties, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = new W.Paragraph(properties);
        paragraph.Append(content);
        if (DocxScript.IsRightToLeft(paragraph.InnerText))
        {
            properties.BiDi = new W.BiDi();
        }

        return paragraph;
    }
}
