using Convert.Core.Model;
using Convert.Core.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>Printed link targets as footnotes: one note per address, none in headings, clean addresses.</summary>
public class DocxFootnoteTests
{
    private static readonly SourceSpan At = SourceSpan.None;

    private static readonly Article Cited = new()
    {
        Title = "Tide notes",
        Metadata = new ArticleMetadata { Language = "en" },
        Body =
        [
            new Heading(1, [Run.Plain("About "), new Run("the gauge", LinkUrl: "https://example.org/gauge")], At),
            new Paragraph([Run.Plain("See "), new Run("the chart", LinkUrl: "https://example.org/chart?utm_source=news&id=4"),
                Run.Plain(" and "), new Run("the gauge ", LinkUrl: "https://example.org/gauge"), new Run("today", Bold: true), Run.Plain(".")], At),
            new Paragraph([Run.Plain("Again "), new Run("the chart", LinkUrl: "https://example.org/chart?id=4&utm_medium=mail"),
                Run.Plain(", or "), new Run("write to us", LinkUrl: "mailto:desk@example.org?subject=Tides"), Run.Plain(".")], At),
        ],
    };

    private static WordprocessingDocument Open(PrintedUrls urls = PrintedUrls.Footnote) => WordprocessingDocument.Open(
        new MemoryStream(DocxTestArticles.Write(Cited, new WriterOptions { Docx = new DocxOptions { PrintUrls = urls } })), false);

    private static List<string> Notes(WordprocessingDocument document) =>
        document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<W.Footnote>().Where(n => n.Id!.Value > 0)
            .Select(n => string.Concat(n.Descendants<W.Text>().Select(t => t.Text)).Trim()).ToList();

    [Fact]
    public void EachDistinctAddress_HasOneNote_WithoutTrackingParameters_AndAnEmailAsItsAddress()
    {
        using var document = Open();

        Assert.Equal(["https://example.org/chart?id=4", "https://example.org/gauge", "desk@example.org"], Notes(document));
        var targets = document.MainDocumentPart!.HyperlinkRelationships.Select(r => r.Uri.OriginalString).ToList();
        Assert.DoesNotContain(targets, t => t.Contains("utm_", StringComparison.Ordinal));
    }

    [Fact]
    public void ALaterUseOfAnAddress_PointsAtTheFirstNote()
    {
        using var document = Open();
        var body = document.MainDocumentPart!.Document!.Body!;

        var bookmark = body.Descendants<W.BookmarkStart>().First();
        Assert.IsType<W.FootnoteReference>(bookmark.NextSibling<W.Run>()!.GetFirstChild<W.FootnoteReference>());
        var again = Assert.Single(body.Descendants<W.SimpleField>());
        Assert.Equal($" NOTEREF {bookmark.Name!.Value} \\f \\h ", again.Instruction!.Value);
        Assert.Equal("1", again.InnerText);
        Assert.Equal(3, body.Descendants<W.FootnoteReference>().Count());
    }

    [Fact]
    public void AHeading_GetsNoNoteMark_ButKeepsItsLink()
    {
        using var document = Open();
        var heading = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Single(p => p.InnerText == "About the gauge");

        Assert.Empty(heading.Descendants<W.FootnoteReference>());
        Assert.Single(heading.Descendants<W.Hyperlink>());
    }

    [Fact]
    public void TheMark_FollowsTheLinksLastWord_NotItsTrailingSpace()
    {
        using var document = Open();
        var paragraph = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Single(p => p.InnerText.StartsWith("See", StringComparison.Ordinal));
        var link = paragraph.Elements<W.Hyperlink>().Single(h => h.InnerText.StartsWith("the gauge", StringComparison.Ordinal));

        Assert.Equal("the gauge", link.InnerText);
        var afterMark = link.ElementsAfter().OfType<W.Run>().Skip(1).First();
        Assert.Equal(" ", afterMark.InnerText);
    }

    [Fact]
    public void InlineUrls_AreCleanToo()
    {
        using var document = Open(PrintedUrls.Inline);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Contains("the chart (https://example.org/chart?id=4)", text, StringComparison.Ordinal);
        Assert.Contains("write to us (desk@example.org)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("About the gauge (", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedNotes_HaveNoValidatorErrors()
    {
        using var document = Open();

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }
}
