using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Page size and margins of the single section, in twentieths of a point. A4 with 2.5 cm margins for now;
/// a paper option can pass another layout later.
/// </summary>
internal sealed record DocxPageLayout(int WidthTwips, int HeightTwips, int MarginTwips)
{
    /// <summary>210 x 297 mm with 2.5 cm margins on every side.</summary>
    public static readonly DocxPageLayout A4 = new(WidthTwips: 11906, HeightTwips: 16838, MarginTwips: 1417);

    private const uint HeaderFooterDistanceTwips = 709;

    public W.SectionProperties SectionProperties(string footerRelationshipId) => new(
        new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerRelationshipId },
        new W.PageSize { Width = (uint)WidthTwips, Height = (uint)HeightTwips },
        new W.PageMargin
        {
            Top = MarginTwips,
            Bottom = MarginTwips,
            Left = (uint)MarginTwips,
            Right = (uint)MarginTwips,
            Header = HeaderFooterDistanceTwips,
            Footer = HeaderFooterDistanceTwips,
            Gutter = 0,
        });

    /// <summary>A centred page number: a PAGE field whose cached result is 1 for viewers that do not compute fields.</summary>
    public static W.Footer Footer() => new(
        new W.Paragraph(
            new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = DocxStyleIds.Footer } },
            new W.SimpleField(DocxInlines.Plain("1")) { Instruction = " PAGE " }));
}
