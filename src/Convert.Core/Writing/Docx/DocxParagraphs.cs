using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>Small factory for styled Word paragraphs.</summary>
internal static class DocxParagraphs
{
    public static W.Paragraph Styled(string styleId, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = styleId } });
        paragraph.Append(content);
        return paragraph;
    }

    public static W.Paragraph Styled(string styleId, string text) => Styled(styleId, [DocxInlines.Plain(text)]);

    public static W.Paragraph ListItem(int numId, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties
        {
            ParagraphStyleId = new W.ParagraphStyleId { Val = DocxStyleIds.ListParagraph },
            NumberingProperties = new W.NumberingProperties(
                new W.NumberingLevelReference { Val = 0 },
                new W.NumberingId { Val = numId }),
        });
        paragraph.Append(content);
        return paragraph;
    }
}
