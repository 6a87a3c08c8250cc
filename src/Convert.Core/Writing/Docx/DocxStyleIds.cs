namespace Convert.Core.Writing.Docx;

/// <summary>
/// The style ids the Word writer uses. Built-in Word styles keep their built-in ids (so a user's template
/// or Word's own style gallery recognises them); the ones this tool adds have self-explaining names.
/// </summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Byline = "Byline";
    public const string DateLine = "Date";
    public const string BodyText = "BodyText";
    public const string FirstParagraph = "FirstParagraph";
    public const string Quote = "Quote";
    public const string ListParagraph = "ListParagraph";
    public const string SourceNote = "SourceNote";
    public const string AuthorsHeading = "AuthorsHeading";
    public const string AuthorName = "AuthorName";
    public const string AuthorRole = "AuthorRole";
    public const string AuthorBio = "AuthorBio";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string FootnoteText = "FootnoteText";
    public const string SourceCode = "SourceCode";
    public const string Caption = "Caption";
    public const string CaptionedFigure = "CaptionedFigure";
    public const string TableText = "TableText";
    public const string TableHeader = "TableHeader";

    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string Strong = "Strong";
    public const string Emphasis = "Emphasis";
    public const string StrongEmphasis = "StrongEmphasis";
    public const string Hyperlink = "Hyperlink";
    public const string HyperlinkStrong = "HyperlinkStrong";
    public const string HyperlinkEmphasis = "HyperlinkEmphasis";
    public const string HyperlinkStrongEmphasis = "HyperlinkStrongEmphasis";
    public const string FootnoteReference = "FootnoteReference";
    public const string VerbatimChar = "VerbatimChar";

    public const string Table = "Table";

    /// <summary>Every paragraph style the writer defines, in the order of styles.xml.</summary>
    public static IReadOnlyList<string> ParagraphStyles { get; } =
    [
        Normal, Title, Subtitle, Byline, DateLine, BodyText, FirstParagraph, Heading(1), Heading(2), Heading(3), Quote,
        ListParagraph, SourceNote, AuthorsHeading, AuthorName, AuthorRole, AuthorBio, Header, Footer, FootnoteText,
        SourceCode, Caption, CaptionedFigure, TableText, TableHeader,
    ];

    /// <summary>
    /// The paragraph styles that are bold themselves: a run in a bold character style inside them would toggle bold
    /// off in Word (ECMA-376 §17.7.3), so their runs never take one.
    /// </summary>
    public static IReadOnlySet<string> BoldParagraphStyles { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Title, Heading(1), Heading(2), Heading(3), AuthorsHeading, AuthorName, TableHeader };

    /// <summary>The title and heading styles: no link target is printed in them, as a note or in brackets.</summary>
    public static IReadOnlySet<string> DisplayParagraphStyles { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Title, Subtitle, Heading(1), Heading(2), Heading(3), AuthorsHeading, TableHeader };

    /// <summary>Every character style the writer defines.</summary>
    public static IReadOnlyList<string> CharacterStyles { get; } =
    [
        DefaultParagraphFont, Strong, Emphasis, StrongEmphasis, Hyperlink, HyperlinkStrong, HyperlinkEmphasis,
        HyperlinkStrongEmphasis, FootnoteReference, VerbatimChar,
    ];

    /// <summary>Every table style the writer defines.</summary>
    public static IReadOnlyList<string> TableStyles { get; } = [Table];

    /// <summary>Heading1 to Heading3 for a Word heading level 1 to 3.</summary>
    public static string Heading(int wordLevel) => wordLevel switch
    {
        1 => "Heading1",
        2 => "Heading2",
        3 => "Heading3",
        _ => throw new ArgumentOutOfRangeException(nameof(wordLevel), wordLevel, "Word heading levels are 1 to 3."),
    };
}
