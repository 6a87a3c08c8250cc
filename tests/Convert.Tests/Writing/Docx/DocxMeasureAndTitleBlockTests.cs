using System.Globalization;
using Convert.Core.Model;
using Convert.Core.Writing;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>
/// The default style sheet's measure (characters a line) and the space between the title block and the body,
/// read from the written package as a word processor would: page size, margins, style chain.
/// </summary>
public class DocxMeasureAndTitleBlockTests
{
    /// <summary>
    /// The average advance of a character of English prose, spaces included, in Times New Roman and its metric twin
    /// Liberation Serif, in em: 0.398, from the font's advance widths over the English fixtures' body text.
    /// </summary>
    private const double AverageCharacterEm = 0.40;

    private static readonly SourceSpan At = SourceSpan.None;

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void TheBodyLineHolds60To75Characters(PaperSize paper)
    {
        var docx = DocxTestArticles.Write(DocxTestArticles.Small, new WriterOptions { Docx = new DocxOptions { Paper = paper } });

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<W.SectionProperties>().Single();
        var pageWidth = (double)section.GetFirstChild<W.PageSize>()!.Width!.Value;
        var margins = section.GetFirstChild<W.PageMargin>()!;
        var textWidthPoints = (pageWidth - margins.Left!.Value - margins.Right!.Value) / 20;
        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var bodyPoints = int.Parse(defaults.FontSize!.Val!.Value!, CultureInfo.InvariantCulture) / 2.0;
        Assert.Null(StyleNamed(main, "BodyText").StyleRunProperties?.FontSize);

        var charactersPerLine = textWidthPoints / (AverageCharacterEm * bodyPoints);

        Assert.InRange(charactersPerLine, 60, 75);
    }

    public static TheoryData<bool, bool, bool> TitleBlocks()
    {
        var data = new TheoryData<bool, bool, bool>();
        foreach (var subtitle in new[] { false, true })
        {
            foreach (var byline in new[] { false, true })
            {
                foreach (var date in new[] { false, true })
                {
                    data.Add(subtitle, byline, date);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TitleBlocks))]
    public void TheBodyStartsAtTheSameDistanceBelowAnyTitleBlock(bool subtitle, bool byline, bool date)
    {
        var article = new Article
        {
            Title = "Rivers of the Plain",
            Subtitle = subtitle ? "How the water finds its way" : null,
            Authors = byline ? [new Author("Ada Moss")] : [],
            Body = [new Paragraph("Water moves slowly across the flat land.", At), new Paragraph("A second paragraph.", At)],
            Metadata = new ArticleMetadata { Language = "en", Published = date ? "2025-03-03" : null },
        };

        using var document = WordprocessingDocument.Open(new MemoryStream(DocxTestArticles.Write(article)), false);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Elements<W.Paragraph>().ToList();
        var first = paragraphs.FindIndex(p => p.InnerText.StartsWith("Water", StringComparison.Ordinal));
        var above = paragraphs[first - 1];
        var expectedAbove = date ? "Date" : byline ? "Byline" : subtitle ? "Subtitle" : "Title";
        Assert.Equal(expectedAbove, StyleOf(above));
        Assert.All(paragraphs, p => Assert.Null(p.ParagraphProperties?.SpacingBetweenLines));

        var gap = Spacing(main, StyleOf(above), s => s.After) + Spacing(main, StyleOf(paragraphs[first]), s => s.Before);

        Assert.Equal(TitleOnlyGap(), gap);
    }

    private static int TitleOnlyGap()
    {
        var article = new Article { Title = "T", Body = [new Paragraph("Water.", At)], Metadata = new ArticleMetadata { Language = "en" } };
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxTestArticles.Write(article)), false);
        var main = document.MainDocumentPart!;
        var gap = Spacing(main, "Title", s => s.After) + Spacing(main, "FirstParagraph", s => s.Before);
        Assert.InRange(gap, 240, 480);
        return gap;
    }

    private static string StyleOf(W.Paragraph paragraph) => paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value!;

    private static W.Style StyleNamed(MainDocumentPart main, string id) =>
        main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId?.Value == id);

    /// <summary>A spacing value in twips as the style chain resolves it: the style's own, else its based-on style's, else the defaults'.</summary>
    private static int Spacing(MainDocumentPart main, string styleId, Func<W.SpacingBetweenLines, DocumentFormat.OpenXml.StringValue?> value)
    {
        for (string? id = styleId; id is not null;)
        {
            var style = StyleNamed(main, id);
            if (style.StyleParagraphProperties?.SpacingBetweenLines is { } spacing && value(spacing)?.Value is { } own)
            {
                return int.Parse(own, CultureInfo.InvariantCulture);
            }

            id = style.BasedOn?.Val?.Value;
        }

        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.SpacingBetweenLines;
        return defaults is not null && value(defaults)?.Value is { } fallback ? int.Parse(fallback, CultureInfo.InvariantCulture) : 0;
    }
}
