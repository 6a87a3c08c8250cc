using Convert.Core.Model;
using Convert.Core.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>
/// A right-to-left article is right to left everywhere: every paragraph (title block, a date in digits, body, lists,
/// tables, authors, source lines, footnotes, header, footer) is w:bidi and every run w:rtl.
/// </summary>
public class DocxRightToLeftTests
{
    private static readonly SourceSpan At = SourceSpan.None;

    private static Article Hebrew(string? language) => new()
    {
        Title = "הגינה הקהילתית חוגגת עשר שנים",
        Subtitle = "מגרש ריק הפך לגינה משותפת",
        Body =
        [
            new Paragraph([Run.Plain("לפי "), new Run("הדוח השנתי", LinkUrl: "https://example.org/report"), Run.Plain(" של איגוד הגינות, OpenStreetMap 2024.")], At),
            new Heading(2, "מה מגדלים בגינה", At),
            new ListBlock(true, [new ListItem("חסה"), new ListItem("תרד")], At),
            new Table([new TableRow([new TableCell("ירק"), new TableCell("ק״ג")]), new TableRow([new TableCell("עגבניות"), new TableCell("420")])], 1, [], At),
            new Paragraph([new Run("שוב הדוח", LinkUrl: "https://example.org/report")], At),
        ],
        Authors = [new Author("נועה ברקן", null, "כתבת", ["נועה כותבת על גינות ועל המרחב הציבורי."], [])],
        Metadata = new ArticleMetadata { Language = language, Published = "2025-04-06", SourceUrl = "https://example.org/garden" },
    };

    [Theory]
    [InlineData("he")]
    [InlineData("ar-EG")]
    [InlineData(null)]
    public void EveryParagraphIsBidiAndEveryRunRtlInEveryPart(string? language)
    {
        var docx = DocxTestArticles.Write(Hebrew(language));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        OpenXmlElement[] parts =
        [
            main.Document!.Body!,
            main.FootnotesPart!.Footnotes!,
            .. main.FooterParts.Select(f => f.Footer!),
            .. main.HeaderParts.Select(h => h.Header!),
        ];
        Assert.NotEmpty(main.HeaderParts);
        foreach (var part in parts)
        {
            var paragraphs = part.Descendants<W.Paragraph>().ToList();
            var runs = part.Descendants<W.Run>().ToList();
            Assert.NotEmpty(paragraphs);
            Assert.All(paragraphs, p => Assert.NotNull(p.ParagraphProperties?.BiDi));
            Assert.All(runs, r => Assert.NotNull(r.RunProperties?.RightToLeftText));
        }

        Assert.All(main.Document.Body!.Descendants<W.TableProperties>(), t => Assert.NotNull(t.BiDiVisual));
        Assert.NotNull(main.Document.Body!.Elements<W.SectionProperties>().Single().GetFirstChild<W.BiDi>());
    }

    [Fact]
    public void TheDateInDigitsIsARightToLeftParagraphWithNoLeftAlignment()
    {
        var docx = DocxTestArticles.Write(Hebrew("he"));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var date = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Date");
        Assert.DoesNotMatch("[\u0590-\u05FF]", date.InnerText);
        Assert.NotNull(date.ParagraphProperties!.BiDi);
        Assert.Null(date.ParagraphProperties.Justification);
    }

    [Fact]
    public void ALeftToRightArticleKeepsItsParagraphsLeftToRightButAnArabicQuoteIsRightToLeft()
    {
        var article = DocxTestArticles.Small with
        {
            Body = [new Paragraph("An English paragraph.", At), new Quote("\u0627\u0644\u0645\u0627\u0621 \u064a\u062c\u0631\u064a \u0628\u0628\u0637\u0621", At)],
        };

        using var document = WordprocessingDocument.Open(new MemoryStream(DocxTestArticles.Write(article)), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();
        Assert.Null(paragraphs.Single(p => p.InnerText == "An English paragraph.").ParagraphProperties!.BiDi);
        Assert.NotNull(paragraphs.Single(p => p.InnerText.StartsWith('\u0627')).ParagraphProperties!.BiDi);
        Assert.Null(document.MainDocumentPart.Document.Body.Elements<W.SectionProperties>().Single().GetFirstChild<W.BiDi>());
    }

    [Fact]
    public void ARightToLeftDocumentHasNoValidatorErrors()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxTestArticles.Write(Hebrew("he"))), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken);

        Assert.Empty(errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }
}
