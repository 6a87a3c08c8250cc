namespace Convert.Core.Model;

/// <summary>The codes of the warnings a conversion gives. Tools act on the code, never on the message's wording.</summary>
public static class WarningCodes
{
    /// <summary>The input was not valid UTF-8 and was read in another encoding.</summary>
    public const string DecodingFallback = "decoding-fallback";

    /// <summary>A page declares a charset this tool cannot decode (utf-7...); it was read as if it declared none.</summary>
    public const string UnsupportedCharset = "unsupported-charset";

    /// <summary>The clutter rules would have removed nearly everything, so nothing was removed.</summary>
    public const string CleaningUndone = "cleaning-undone";

    /// <summary>Text after the end of the article was not author material and was kept in the body.</summary>
    public const string KeptInBody = "kept-in-body";

    /// <summary>An author section (after an end-of-body marker) gave no author.</summary>
    public const string AuthorSectionWithoutAuthor = "author-section-without-author";

    /// <summary>An HTML page showed no text without its scripts; its body is the description in its head.</summary>
    public const string BodyFromDescription = "body-from-description";

    /// <summary>A warning read back from JSON written before warnings had codes.</summary>
    public const string Unspecified = "unspecified";
}
