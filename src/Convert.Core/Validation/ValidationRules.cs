namespace Convert.Core.Validation;

/// <summary>The catalogue of validation rules with their default severities. Ids never change once shipped.</summary>
public static class ValidationRules
{
    public const string Unreadable = "unreadable";
    public const string Mojibake = "mojibake";
    public const string NoBody = "no-body";
    public const string ShortBody = "short-body";
    public const string ClutterRemoved = "clutter-removed";
    public const string PossibleClutter = "possible-clutter";
    public const string LeftoverClutter = "leftover-clutter";
    public const string CommentThreadInBody = "comments-in-body";
    public const string BiosWithoutAuthor = "bios-without-author";
    public const string Truncated = "truncated";
    public const string ConversionWarning = "conversion-warning";
    public const string Schema = "schema";
    public const string DuplicateParagraph = "duplicate-paragraph";
    public const string MissingTitle = "missing-title";
    public const string DocxValidator = "docx-validator";
    public const string DocxBodyStyle = "docx-body-style";
    public const string DocxAuthorsSection = "docx-authors-section";
    public const string DocxCoreProperties = "docx-core-properties";
    public const string ControlCharacter = "control-character";
    public const string NotAnArticle = "not-an-article";

    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new(Unreadable, Severity.Error, "all", "The file cannot be read as its kind: empty or binary input, JSON that does not parse, a broken Word package."),
        new(Mojibake, Severity.Error, "all", "Text decoded with the wrong encoding (\"â€™\", \"Ã©\") or replacement characters (U+FFFD), a sign of mixed encodings."),
        new(NoBody, Severity.Error, "all", "The article has no body left."),
        new(ShortBody, Severity.Error, "input", "The body is shorter than --min-words words (default 50): the scrape probably missed the article."),
        new(ClutterRemoved, Severity.Info, "input", "A line the cleaning rules removed, with the rule that removed it."),
        new(PossibleClutter, Severity.Warning, "all", "A clutter-like line that stayed in the body, with the rule that nearly matched."),
        new(LeftoverClutter, Severity.Error, "json, docx", "Clutter in a converted document's body or bios that the cleaning rules would remove."),
        new(CommentThreadInBody, Severity.Error, "all", "A comment thread left in the body: comment headers (\"Jane says: March 3, 2025 at 10:14 am\", a name over a date and time)."),
        new(BiosWithoutAuthor, Severity.Warning, "input", "An author section was found after the body but no author could be read from it."),
        new(Truncated, Severity.Warning, "input", "The body ends mid-sentence, with \"...\" or with a \"Read more\" link: the scrape may be cut short."),
        new(ConversionWarning, Severity.Warning, "input", "Something else the conversion warns about (an encoding fallback, text kept in the body)."),
        new(Schema, Severity.Error, "json", "The JSON does not match the article JSON Schema (declutter schema)."),
        new(DuplicateParagraph, Severity.Warning, "all", "The same paragraph appears twice in the body."),
        new(MissingTitle, Severity.Warning, "json, docx", "The document has no title."),
        new(DocxValidator, Severity.Error, "docx", "An error the Open XML SDK validator reports (Office 2019 schema)."),
        new(DocxBodyStyle, Severity.Warning, "docx", "A body paragraph without a paragraph style the document defines."),
        new(DocxAuthorsSection, Severity.Error, "docx", "The JSON beside the document has authors but the document has no authors section."),
        new(DocxCoreProperties, Severity.Warning, "docx", "The document properties lack the title (or the author, when the document names authors)."),
        new(ControlCharacter, Severity.Warning, "input, json", "C0 control characters (NUL, BEL, ESC...) other than tab and line ends, raw or as HTML character references; conversions drop them."),
        new(NotAnArticle, Severity.Warning, "input", "An HTML page the page-type classifier confidently reads as another kind of page (forum, product, collection, listing, documentation, service), not an article; --ignore not-an-article when such pages are expected."),
    ];

    /// <summary>The rule with this id, or null.</summary>
    public static ValidationRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
