using Convert.Core.Languages;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Page size and margins of the single section, in twentieths of a point, and the running header and footer:
/// the article's short title at the top of every page but the first, "Page N of M" at the bottom of every page.
/// The text block has the same width on every paper, chosen for the measure: see <see cref="TextWidthTwips"/>.
/// </summary>
internal sealed record DocxPageLayout(string Name, int WidthTwips, int HeightTwips, int TopBottomMarginTwips)
{
    /// <summary>210 x 297 mm, 2.5 cm above and below the text.</summary>
    public static readonly DocxPageLayout A4 = new("A4", WidthTwips: 11906, HeightTwips: 16838, TopBottomMarginTwips: 1417);

    /// <summary>8.5 x 11 inches, 1 inch above and below the text.</summary>
    public static readonly DocxPageLayout Letter = new("Letter", WidthTwips: 12240, HeightTwips: 15840, TopBottomMarginTwips: 1440);

    /// <summary>
    /// 12 cm (340 pt), centred on the page, so a line of the 12-point body holds 60 to 75 characters, the measure
    /// comfortable to read: Times New Roman (and its metric twin Liberation Serif) averages 0.40 em a character in
    /// English prose, spaces included, so 340 / (0.40 x 12) = 71 characters at most, about 68 once lines break
    /// between words. The full width of A4 or Letter with the usual 2.5 cm margins gave about 100.
    /// </summary>
    public const int TextWidthTwips = 6800;

    /// <summary>The left and right margins: what the page leaves beside the text block.</summary>
    public int SideMarginTwips => (WidthTwips - TextWidthTwips) / 2;

    private const uint HeaderFooterDistanceTwips = 709;

    /// <summary>8 mm: the least distance from the paper's edge to the header or footer that printers can print.</summary>
    public const uint MinimumHeaderFooterDistanceTwips = 454;

    /// <summary>
    /// A reference document's margins with the header and footer at least 8 mm from the paper's edge: after a
    /// LibreOffice round trip the header distance comes back as 0, which would print the running head on the edge.
    /// </summary>
    public static W.PageMargin? WithHeaderRoom(W.PageMargin? margin)
    {
        if (margin is not null)
        {
            margin.Header = Math.Max(margin.Header?.Value ?? 0, MinimumHeaderFooterDistanceTwips);
            margin.Footer = Math.Max(margin.Footer?.Value ?? 0, MinimumHeaderFooterDistanceTwips);
        }

        return margin;
    }

    /// <summary>The section properties; the header reference is left out when there is no header.</summary>
    public W.SectionProperties SectionProperties(string? headerRelationshipId, string footerRelationshipId)
    {
        var section = new W.SectionProperties();
        if (headerRelationshipId is not null)
        {
            section.Append(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = headerRelationshipId });
        }

        // Page 1 opens with the title itself, so it takes no running head (titlePg with no first-page header) but
        // keeps the page number (the same footer, referenced for the first page too).
        section.Append(
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerRelationshipId },
            new W.FooterReference { Type = W.HeaderFooterValues.First, Id = footerRelationshipId },
            PageSize(),
            PageMargin(),
            new W.TitlePage());
        return section;
    }

    public W.PageSize PageSize() => new() { Width = (uint)WidthTwips, Height = (uint)HeightTwips };

    public W.PageMargin PageMargin() => new()
    {
        Top = TopBottomMarginTwips,
        Bottom = TopBottomMarginTwips,
        Left = (uint)SideMarginTwips,
        Right = (uint)SideMarginTwips,
        Header = HeaderFooterDistanceTwips,
        Footer = HeaderFooterDistanceTwips,
        Gutter = 0,
    };

    /// <summary>
    /// "Page N of M" from PAGE and NUMPAGES fields. The cached results (1 of 1) are what a viewer that does not
    /// compute fields shows; Word and LibreOffice compute them when they lay out the pages.
    /// </summary>
    /// <param name="language">The article's language, for the words ("Seite N von M").</param>
    public static W.Footer Footer(string? language = null)
    {
        var labels = WriterLabels.For(language);
        return new(
            new W.Paragraph(
                new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = DocxStyleIds.Footer } },
                DocxInlines.Plain(labels.Page + " "),
                new W.SimpleField(DocxInlines.Plain("1")) { Instruction = " PAGE " },
                DocxInlines.Plain(" " + labels.Of + " "),
                new W.SimpleField(DocxInlines.Plain("1")) { Instruction = " NUMPAGES " }));
    }

    /// <summary>The running header: the short title as literal text (not a field, so every viewer shows it).</summary>
    public static W.Header Header(string shortTitle) => new(
        new W.Paragraph(
            new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = DocxStyleIds.Header } },
            DocxInlines.Plain(shortTitle)));
}
