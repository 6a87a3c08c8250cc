using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using System.Xml.Linq;
using Convert.Core.Limits;
using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Core.Writing.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Validation;

/// <summary>
/// Checks a converted .docx: the Open XML SDK validator's errors (with part and path), then the structure the Word
/// writer promises: a title, body paragraphs in styles the document defines, an authors section when the JSON beside
/// it has authors, no clutter, the core properties set. Reads the package itself, never a text dump.
/// </summary>
public static class DocxOutputChecker
{
    private const string DocumentPart = "word/document.xml";
    private const int MaxValidatorErrors = 50;

    // Paragraphs outside the body: front matter, the authors section and its parts.
    private static readonly HashSet<string> NotBodyStyles = new(StringComparer.Ordinal)
    {
        DocxStyleIds.Title, DocxStyleIds.Byline, DocxStyleIds.SourceNote, DocxStyleIds.AuthorsHeading,
        DocxStyleIds.AuthorName, DocxStyleIds.AuthorRole, DocxStyleIds.AuthorBio, DocxStyleIds.Footer,
    };

    /// <param name="docx">The package; must be seekable.</param>
    /// <param name="sibling">The article of the JSON beside the document (same name, .json), or null when there is none.</param>
    /// <param name="settings">The cleaning rules and severities in effect.</param>
    /// <param name="findings">Where findings go.</param>
    public static void Check(Stream docx, Article? sibling, ValidationSettings settings, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        if (DocxPackageGuard.Problem(docx) is { } problem)
        {
            findings.Add(ValidationRules.Unreadable, problem);
            return;
        }
        try
        {
            using var document = WordprocessingDocument.Open(docx, false);
            CheckDocument(document, sibling, settings, findings);
        }
        // What the guard cannot see: a package whose parts or relationships the SDK refuses (a missing main part).
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
            or XmlException or InvalidOperationException)
        {
            findings.Add(ValidationRules.Unreadable, $"Not a Word document: {e.Message}");
        }
    }

    private static void CheckDocument(WordprocessingDocument document, Article? sibling, ValidationSettings settings, FindingCollector findings)
    {
        if (document.MainDocumentPart?.Document?.Body is not { } body)
        {
            findings.Add(ValidationRules.Unreadable, "The package has no Word document body.");
            return;
        }
        ReportValidatorErrors(document, findings);
        var paragraphs = body.Elements<W.Paragraph>()
            .Select((p, i) => new DocxParagraph(i + 1, p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, string.Concat(p.Descendants<W.Text>().Select(t => t.Text))))
            .ToList();
        var definedStyles = document.MainDocumentPart.StyleDefinitionsPart?.Styles?.Elements<W.Style>()
            .Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        // Authors the page gave only a name for are in the byline alone, so only the others need the section.
        var expectedAuthors = sibling is null ? 0 : ArticleFrontAndBackMatter.AuthorsToIntroduce(sibling).Count;
        CheckStructure(paragraphs, definedStyles, expectedAuthors, settings, findings);
        CheckCoreProperties(document.CoreFilePropertiesPart, paragraphs, findings);
    }

    private static void ReportValidatorErrors(WordprocessingDocument document, FindingCollector findings)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Take(MaxValidatorErrors + 1).ToList();
        foreach (var error in errors.Take(MaxValidatorErrors))
        {
            var part = error.Part?.Uri.OriginalString.TrimStart('/') ?? "package";
            var location = error.Path?.XPath is { } xpath ? $"{part} {xpath}" : part;
            findings.Add(ValidationRules.DocxValidator, $"{FirstSentence(error.Description)} ({part})", null, null, location);
        }
        if (errors.Count > MaxValidatorErrors)
            findings.Add(ValidationRules.DocxValidator, $"More validator errors; only the first {MaxValidatorErrors} are listed.");
    }

    // The validator appends the full list of allowed elements (dozens of namespaced names) to its messages.
    private static string FirstSentence(string description)
    {
        var cut = description.IndexOf(" List of possible elements expected", StringComparison.Ordinal);
        return cut > 0 ? description[..cut] : description;
    }

    private static void CheckStructure(List<DocxParagraph> paragraphs, HashSet<string> definedStyles, int expectedAuthors,
        ValidationSettings settings, FindingCollector findings)
    {
        if (!paragraphs.Any(p => p.Style == DocxStyleIds.Title && !string.IsNullOrWhiteSpace(p.Text)))
            findings.Add(ValidationRules.MissingTitle, $"No paragraph in the {DocxStyleIds.Title} style.", null, null, DocumentPart);

        var authorsStart = paragraphs.FindIndex(p => p.Style == DocxStyleIds.AuthorsHeading);
        var body = paragraphs.Take(authorsStart < 0 ? paragraphs.Count : authorsStart)
            .Where(p => !string.IsNullOrWhiteSpace(p.Text) && (p.Style is null || !NotBodyStyles.Contains(p.Style)))
            .ToList();
        foreach (var paragraph in body.Where(p => p.Style is null || p.Style == DocxStyleIds.Normal || !definedStyles.Contains(p.Style)))
        {
            var style = paragraph.Style is null ? "no paragraph style" : $"the style \"{paragraph.Style}\"";
            var defined = paragraph.Style is null || definedStyles.Contains(paragraph.Style) ? "" : ", which the document does not define";
            findings.Add(ValidationRules.DocxBodyStyle, $"Body paragraph {paragraph.Number} has {style}{defined}.", null, null, paragraph.Location);
        }

        foreach (var paragraph in paragraphs)
        {
            if (Mojibake.FindFirst(paragraph.Text) is { } hit)
                findings.Add(ValidationRules.Mojibake, $"Wrongly decoded text {Mojibake.Describe(hit.Sequence)}.", null, null, paragraph.Location);
        }

        var article = new Article { Body = body.Select(p => (Block)new Paragraph(p.Text, SourceSpan.None)).ToList() };
        if (!ArticleChecks.HasBody(article, findings))
            return;
        ArticleChecks.DuplicateParagraphs(article, i => (null, body[i].Location), findings);
        var bios = paragraphs.Where(p => p.Style == DocxStyleIds.AuthorBio).Select(p => p.Item).ToList();
        var items = body.Select(p => p.Item).ToList();
        LeftoverClutterCheck.Run(items, bios, settings.Clutter, findings);
        CommentThreadCheck.Run(items, settings.Clutter, findings);

        if (expectedAuthors > 0 && (authorsStart < 0 || !paragraphs.Any(p => p.Style == DocxStyleIds.AuthorName)))
        {
            findings.Add(ValidationRules.DocxAuthorsSection,
                $"The JSON beside this document introduces {expectedAuthors} author(s), but the document has no authors section ({DocxStyleIds.AuthorsHeading} and {DocxStyleIds.AuthorName} paragraphs).",
                null, null, DocumentPart);
        }
    }

    // Read as XML: the SDK's package-properties API is marked experimental (OOXML0001).
    private static void CheckCoreProperties(CoreFilePropertiesPart? part, List<DocxParagraph> paragraphs, FindingCollector findings)
    {
        const string CorePart = "docProps/core.xml";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XDocument? properties = null;
        if (part is not null)
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            properties = XDocument.Load(stream);
        }
        string? Value(string name) => properties?.Root?.Element(dc + name)?.Value;

        if (string.IsNullOrWhiteSpace(Value("title")) && paragraphs.Any(p => p.Style == DocxStyleIds.Title))
            findings.Add(ValidationRules.DocxCoreProperties, "The document properties have no title.", null, null, CorePart);
        if (string.IsNullOrWhiteSpace(Value("creator")) && paragraphs.Any(p => p.Style == DocxStyleIds.AuthorName))
            findings.Add(ValidationRules.DocxCoreProperties, "The document names authors but its properties have no author (creator).", null, null, CorePart);
    }

    private sealed record DocxParagraph(int Number, string? Style, string Text)
    {
        public string Location => string.Create(CultureInfo.InvariantCulture, $"{DocumentPart} paragraph {Number}");

        public TextItem Item => new(Text, null, Location);
    }
}
