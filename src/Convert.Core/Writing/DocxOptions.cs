namespace Convert.Core.Writing;

/// <summary>Paper size of the Word document; <see cref="Auto"/> picks it from the article's language and region.</summary>
public enum PaperSize
{
    Auto,
    A4,
    Letter,
}

/// <summary>How the Word writer prints the target of a hyperlink, which a sheet of paper cannot follow.</summary>
public enum PrintedUrls
{
    /// <summary>In a footnote at the link (the default).</summary>
    Footnote,

    /// <summary>In brackets right after the link text.</summary>
    Inline,

    /// <summary>Not at all: the link text only.</summary>
    None,
}

/// <summary>Options of the Word writer.</summary>
public sealed record DocxOptions
{
    public PaperSize Paper { get; init; } = PaperSize.Auto;

    public PrintedUrls PrintUrls { get; init; } = PrintedUrls.Footnote;

    /// <summary>Styles, fonts, page setup, header and footer to use instead of the built-in ones, or null.</summary>
    public DocxReferenceDocument? ReferenceDocument { get; init; }

    public static readonly DocxOptions Default = new();
}
