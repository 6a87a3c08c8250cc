using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Builds styles.xml: document defaults (serif fonts for Latin, East Asian and complex scripts, black text,
/// language, widow control) and every style the writer uses. Sizes are in half-points and spacing in twentieths
/// of a point, as Word stores them. Built-in styles keep Word's own names, so templates and other tools know them.
/// </summary>
internal static class DocxStyleSheet
{
    /// <summary>Serif, on every Windows and Mac; fontconfig maps it to the metric-compatible Liberation Serif elsewhere.</summary>
    public const string BodyFont = "Times New Roman";

    /// <summary>Monospace, on every Windows and Mac; fontconfig maps it to the metric-compatible Liberation Mono elsewhere.</summary>
    public const string CodeFont = "Courier New";

    /// <summary>Has Arabic, Hebrew and Persian glyphs on Windows and Mac; mapped like <see cref="BodyFont"/> elsewhere.</summary>
    public const string ComplexScriptFont = "Times New Roman";

    /// <summary>12 pt: with the text block of <see cref="DocxPageLayout.TextWidthTwips"/>, 60 to 75 characters a line.</summary>
    public const int BodySizeHalfPoints = 24;

    // Title, subtitle, byline and date all leave the same space after them, whichever of them ends the title block,
    // so the body starts at the same distance below it in every combination; no paragraph sets space before, so
    // between them the same space separates each from the next. With First Paragraph's space before: 16 pt.
    private const int TitleBlockSpaceAfter = 200;

    /// <summary>The style sheet; an unknown language (<c>null</c>) leaves the defaults without any language tag.</summary>
    public static Styles Build(DocxLanguage? language) => new(
        BuildDocDefaults(language),
        ParagraphStyle(DocxStyleIds.Normal, "Normal", basedOn: null, isDefault: true),
        ParagraphStyle(DocxStyleIds.Title, "Title", next: DocxStyleIds.Subtitle,
            paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SuppressAutoHyphens = new SuppressAutoHyphens(), SpacingBetweenLines = Spacing(before: 0, after: TitleBlockSpaceAfter) },
            run: new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript(), Kern = DisplayKerning(), FontSize = Size(48), FontSizeComplexScript = SizeCs(48) }),
        ParagraphStyle(DocxStyleIds.Subtitle, "Subtitle", next: DocxStyleIds.Byline,
            paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SuppressAutoHyphens = new SuppressAutoHyphens(), SpacingBetweenLines = Spacing(before: 0, after: TitleBlockSpaceAfter) },
            run: new StyleRunProperties { Kern = DisplayKerning(), FontSize = Size(28), FontSizeComplexScript = SizeCs(28) }),
        ParagraphStyle(DocxStyleIds.Byline, "Byline", next: DocxStyleIds.DateLine,
            paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(before: 0, after: TitleBlockSpaceAfter) },
            run: new StyleRunProperties { Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript() }),
        ParagraphStyle(DocxStyleIds.DateLine, "Date", next: DocxStyleIds.FirstParagraph,
            paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(before: 0, after: TitleBlockSpaceAfter) },
            run: new StyleRunProperties { FontSize = Size(20), FontSizeComplexScript = SizeCs(20) }),
        ParagraphStyle(DocxStyleIds.BodyText, "Body Text",
            paragraph: new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 0, after: 160) }),
        // Space above the first paragraph of a section sets the body off from the title block or heading above it.
        ParagraphStyle(DocxStyleIds.FirstParagraph, "First Paragraph", basedOn: DocxStyleIds.BodyText, next: DocxStyleIds.BodyText,
            paragraph: new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 120, after: 160) }),
        HeadingStyle(1, sizeHalfPoints: 32, spaceBefore: 360),
        HeadingStyle(2, sizeHalfPoints: 28, spaceBefore: 300),
        HeadingStyle(3, sizeHalfPoints: 24, spaceBefore: 240),
        ParagraphStyle(DocxStyleIds.Quote, "Quote", basedOn: DocxStyleIds.BodyText, next: DocxStyleIds.BodyText,
            paragraph: new StyleParagraphProperties { Indentation = new Indentation { Left = "720", Right = "720" } },
            run: new StyleRunProperties { Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript() }),
        // Contextual spacing: no gap between the items of a list, the body's gap after its last item.
        ParagraphStyle(DocxStyleIds.ListParagraph, "List Paragraph", basedOn: DocxStyleIds.BodyText,
            paragraph: new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 0, after: 160), ContextualSpacing = new ContextualSpacing() }),
        // Source notes and footnotes hold URLs, which must not be hyphenated ("quan-tamagazine.org").
        ParagraphStyle(DocxStyleIds.SourceNote, "Source Note",
            paragraph: new StyleParagraphProperties { KeepLines = new KeepLines(), SuppressAutoHyphens = new SuppressAutoHyphens(), SpacingBetweenLines = Spacing(before: 240, after: 0) },
            run: new StyleRunProperties { FontSize = Size(18), FontSizeComplexScript = SizeCs(18) }),
        ParagraphStyle(DocxStyleIds.AuthorsHeading, "Authors Heading", next: DocxStyleIds.AuthorName,
            paragraph: new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SuppressAutoHyphens = new SuppressAutoHyphens(),
                SpacingBetweenLines = Spacing(before: 480, after: 120),
                OutlineLevel = new OutlineLevel { Val = 0 },
            },
            run: new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript(), FontSize = Size(28), FontSizeComplexScript = SizeCs(28) }),
        ParagraphStyle(DocxStyleIds.AuthorName, "Author Name", next: DocxStyleIds.AuthorRole,
            paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(before: 240, after: 0) },
            run: new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() }),
        ParagraphStyle(DocxStyleIds.AuthorRole, "Author Role", next: DocxStyleIds.AuthorBio,
            paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(before: 0, after: 80) },
            run: new StyleRunProperties { Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript() }),
        ParagraphStyle(DocxStyleIds.AuthorBio, "Author Bio", basedOn: DocxStyleIds.BodyText),
        ParagraphStyle(DocxStyleIds.Header, "header",
            paragraph: new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Center } },
            run: new StyleRunProperties { Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript(), FontSize = Size(18), FontSizeComplexScript = SizeCs(18) }),
        ParagraphStyle(DocxStyleIds.Footer, "footer",
            paragraph: new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Center } },
            run: new StyleRunProperties { FontSize = Size(18), FontSizeComplexScript = SizeCs(18) }),
        ParagraphStyle(DocxStyleIds.FootnoteText, "footnote text",
            paragraph: new StyleParagraphProperties { SuppressAutoHyphens = new SuppressAutoHyphens() },
            run: new StyleRunProperties { FontSize = Size(18), FontSizeComplexScript = SizeCs(18) }),
        // Code keeps its lines as written: monospace, never hyphenated, not spell-checked, smaller. It reaches 2.5 cm
        // into the outer margin, past the body's measure, so a line of 72 characters fits unbroken.
        ParagraphStyle(DocxStyleIds.SourceCode, "Source Code", next: DocxStyleIds.BodyText,
            paragraph: new StyleParagraphProperties { SuppressAutoHyphens = new SuppressAutoHyphens(), SpacingBetweenLines = Spacing(before: 0, after: 160), Indentation = new Indentation { Left = "360", Right = "-1418" } },
            run: CodeRun(halfPoints: 18)),
        // Captions go with what they caption: above a table, kept on its page, or under a figure's picture; never hyphenated.
        ParagraphStyle(DocxStyleIds.Caption, "caption", next: DocxStyleIds.BodyText,
            paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SuppressAutoHyphens = new SuppressAutoHyphens(), SpacingBetweenLines = Spacing(before: 120, after: 80) },
            run: new StyleRunProperties { Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript(), FontSize = Size(20), FontSizeComplexScript = SizeCs(20) }),
        // A figure's picture, centred and kept with the caption under it; pandoc's name (LibreOffice has a "Figure" of its own).
        ParagraphStyle(DocxStyleIds.CaptionedFigure, "Captioned Figure", next: DocxStyleIds.Caption,
            paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(before: 120, after: 0), Justification = new Justification { Val = JustificationValues.Center } }),
        // Not "Table Contents" or "Table Heading": LibreOffice has styles of those names and would merge its own into them.
        ParagraphStyle(DocxStyleIds.TableText, "Table Text",
            paragraph: new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 40, after: 40) },
            run: new StyleRunProperties { FontSize = Size(20), FontSizeComplexScript = SizeCs(20) }),
        ParagraphStyle(DocxStyleIds.TableHeader, "Table Header", basedOn: DocxStyleIds.TableText,
            paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), SuppressAutoHyphens = new SuppressAutoHyphens() },
            run: new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() }),
        TableStyle(),
        CharacterStyle(DocxStyleIds.DefaultParagraphFont, "Default Paragraph Font", new StyleRunProperties(), isDefault: true),
        CharacterStyle(DocxStyleIds.Strong, "Strong",
            new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() }),
        CharacterStyle(DocxStyleIds.Emphasis, "Emphasis",
            new StyleRunProperties { Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript() }),
        // Not "Strong Emphasis": LibreOffice calls Word's Strong that, and would turn every bold run bold italic.
        CharacterStyle(DocxStyleIds.StrongEmphasis, "Strong Italic",
            new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript(), Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript() }),
        // Underlined rather than coloured: the document is meant for print, where blue reads as grey.
        CharacterStyle(DocxStyleIds.Hyperlink, "Hyperlink",
            new StyleRunProperties { Underline = new Underline { Val = UnderlineValues.Single } }),
        CharacterStyle(DocxStyleIds.HyperlinkStrong, "Hyperlink Strong",
            new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() }, basedOn: DocxStyleIds.Hyperlink),
        CharacterStyle(DocxStyleIds.HyperlinkEmphasis, "Hyperlink Emphasis",
            new StyleRunProperties { Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript() }, basedOn: DocxStyleIds.Hyperlink),
        CharacterStyle(DocxStyleIds.HyperlinkStrongEmphasis, "Hyperlink Strong Emphasis",
            new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript(), Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript() },
            basedOn: DocxStyleIds.Hyperlink),
        CharacterStyle(DocxStyleIds.FootnoteReference, "footnote reference",
            new StyleRunProperties { VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript } }),
        CharacterStyle(DocxStyleIds.VerbatimChar, "Verbatim Char", CodeRun(halfPoints: 22)));

    // Rules above and below the table and between rows, a heavier one under the header row; no vertical rules.
    private static Style TableStyle()
    {
        var style = new Style
        {
            Type = StyleValues.Table,
            StyleId = DocxStyleIds.Table,
            StyleName = new StyleName { Val = "Table" },
            PrimaryStyle = new PrimaryStyle(),
            StyleTableProperties = new StyleTableProperties
            {
                TableBorders = new TableBorders
                {
                    TopBorder = Rule<TopBorder>(8),
                    BottomBorder = Rule<BottomBorder>(8),
                    InsideHorizontalBorder = Rule<InsideHorizontalBorder>(2),
                },
                TableCellMarginDefault = new TableCellMarginDefault
                {
                    TableCellLeftMargin = new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    TableCellRightMargin = new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa },
                },
            },
        };
        style.Append(new TableStyleProperties
        {
            Type = TableStyleOverrideValues.FirstRow,
            TableStyleConditionalFormattingTableCellProperties = new TableStyleConditionalFormattingTableCellProperties
            {
                TableCellBorders = new TableCellBorders { BottomBorder = Rule<BottomBorder>(8) },
            },
        });
        return style;
    }

    // A black rule of the given width in eighths of a point.
    private static T Rule<T>(uint eighths)
        where T : BorderType, new() => new() { Val = BorderValues.Single, Size = eighths, Space = 0, Color = "000000" };

    // Pair kerning from 12 pt up: display sizes show the gaps of unkerned pairs ("AV", "To"); body text does not need it.
    private static Kern DisplayKerning() => new() { Val = 24 };

    // Courier New looks larger than Times New Roman at one size: inline code a point under the body matches it.
    private static StyleRunProperties CodeRun(int halfPoints) => new()
    {
        RunFonts = new RunFonts { Ascii = CodeFont, HighAnsi = CodeFont, ComplexScript = CodeFont },
        NoProof = new NoProof(),
        FontSize = Size(halfPoints),
        FontSizeComplexScript = SizeCs(halfPoints),
    };

    private static DocDefaults BuildDocDefaults(DocxLanguage? language) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, ComplexScript = ComplexScriptFont, EastAsia = DocxLanguage.EastAsianFontFor(language) },
            Color = new Color { Val = "000000" },
            FontSize = Size(BodySizeHalfPoints),
            FontSizeComplexScript = SizeCs(BodySizeHalfPoints),
            Languages = language?.DefaultLanguages(),
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            WidowControl = new WidowControl(),
            // 1.2 lines (14.4 pt on the 12-point body): open enough for a 70-character line to be followed back.
            SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "288", LineRule = LineSpacingRuleValues.Auto },
        }));

    private static Style HeadingStyle(int level, int sizeHalfPoints, int spaceBefore) =>
        ParagraphStyle(DocxStyleIds.Heading(level), $"heading {level}", next: DocxStyleIds.FirstParagraph,
            paragraph: new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SuppressAutoHyphens = new SuppressAutoHyphens(),
                SpacingBetweenLines = Spacing(before: spaceBefore, after: 120),
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            },
            run: new StyleRunProperties
            {
                Bold = new Bold(),
                BoldComplexScript = new BoldComplexScript(),
                Kern = DisplayKerning(),
                FontSize = Size(sizeHalfPoints),
                FontSizeComplexScript = SizeCs(sizeHalfPoints),
            });

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn = DocxStyleIds.Normal,
        string? next = null,
        StyleParagraphProperties? paragraph = null,
        StyleRunProperties? run = null,
        bool isDefault = false) => new()
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = isDefault ? true : null,
            StyleName = new StyleName { Val = name },
            BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
            NextParagraphStyle = next is null ? null : new NextParagraphStyle { Val = next },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = paragraph,
            StyleRunProperties = run,
        };

    private static Style CharacterStyle(string id, string name, StyleRunProperties run, bool isDefault = false, string? basedOn = null) => new()
    {
        Type = StyleValues.Character,
        StyleId = id,
        Default = isDefault ? true : null,
        StyleName = new StyleName { Val = name },
        BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
        UIPriority = isDefault ? new UIPriority { Val = 1 } : null,
        SemiHidden = isDefault ? new SemiHidden() : null,
        UnhideWhenUsed = isDefault ? new UnhideWhenUsed() : null,
        PrimaryStyle = isDefault ? null : new PrimaryStyle(),
        StyleRunProperties = run.HasChildren ? run : null,
    };

    private static SpacingBetweenLines Spacing(int before, int after) =>
        new() { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static FontSize Size(int halfPoints) => new() { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static FontSizeComplexScript SizeCs(int halfPoints) => new() { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
