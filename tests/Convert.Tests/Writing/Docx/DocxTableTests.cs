using Convert.Core.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>Tables in Word: real w:tbl in the Table style, header rows repeated, rows kept whole, spans merged.</summary>
public class DocxTableTests
{
    private static WordprocessingDocument Open() => WordprocessingDocument.Open(
        new MemoryStream(DocxTestArticles.Write(TableArticles.With(TableArticles.Simple, TableArticles.Spanned))), false);

    private static List<W.Table> Tables(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().ToList();

    [Fact]
    public void Tables_HaveNoValidatorErrors()
    {
        using var document = Open();

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void EachTable_IsAWordTableInTheTableStyle_WithAColumnPerGridColumn()
    {
        using var document = Open();
        var tables = Tables(document);

        Assert.Equal(2, tables.Count);
        Assert.All(tables, t => Assert.Equal("Table", t.GetFirstChild<W.TableProperties>()?.TableStyle?.Val?.Value));
        Assert.Equal([2, 3], tables.Select(t => t.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Count()));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>();
        Assert.Contains(styles, s => s.StyleId?.Value == "Table" && s.Type?.Value == W.StyleValues.Table);
    }

    [Fact]
    public void HeaderRowsRepeat_AndNoRowSplitsAcrossPages()
    {
        using var document = Open();
        var rows = Tables(document)[0].Elements<W.TableRow>().ToList();

        Assert.Equal([true, false, false], rows.Select(r => r.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.CantSplit>()));
        Assert.Equal(["TableHeader", "TableHeader"], rows[0].Descendants<W.ParagraphStyleId>().Select(s => s.Val!.Value!));
        Assert.All(rows.Skip(1).SelectMany(r => r.Descendants<W.ParagraphStyleId>()), s => Assert.Equal("TableText", s.Val?.Value));
    }

    [Fact]
    public void CellsHoldTheirTextInRowOrder_AndBoldInTheBoldHeaderStyleTakesNoStrongStyle()
    {
        using var document = Open();
        var rows = Tables(document)[0].Elements<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToArray();

        Assert.Equal([["Day", "High water"], ["Mon", "4.1 m"], ["Tue", "4.3 m"]], rows);
        var bold = Tables(document)[0].Descendants<W.Run>().Single(r => r.InnerText == "4.3");
        Assert.Equal("Strong", bold.RunProperties?.RunStyle?.Val?.Value);
    }

    [Fact]
    public void CaptionStandsAboveItsTableInTheCaptionStyle_KeptWithIt()
    {
        using var document = Open();
        var caption = Tables(document)[0].PreviousSibling<W.Paragraph>()!;

        Assert.Equal("Caption", caption.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.Equal("Tides at the north quay", caption.InnerText);
        var style = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId?.Value == "Caption");
        Assert.NotNull(style.StyleParagraphProperties?.KeepNext);
    }

    [Fact]
    public void SpansBecomeGridSpanAndVerticalMerge()
    {
        using var document = Open();
        var rows = Tables(document)[1].Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().ToList()).ToList();

        Assert.Equal([3, 2, 3, 3], rows.Select(r => r.Count));
        Assert.Equal(2, rows[1][1].TableCellProperties?.GridSpan?.Val?.Value);
        Assert.Equal(W.MergedCellValues.Restart, rows[1][0].TableCellProperties?.VerticalMerge?.Val?.Value);
        Assert.Equal(W.MergedCellValues.Continue, rows[2][0].TableCellProperties?.VerticalMerge?.Val?.Value);
        Assert.Single(rows[2][1].Descendants<W.Break>());
        Assert.All(rows.SelectMany(r => r), cell => Assert.Single(cell.Elements<W.Paragraph>()));
    }

    [Fact]
    public void Dump_ShowsEachCellsRowAndPlace()
    {
        var dump = DocxTextDump.Dump(new MemoryStream(DocxTestArticles.Write(TableArticles.With(TableArticles.Spanned))));

        Assert.Contains("[TableHeader] (table 1, row 1 header, cell 1) A", dump, StringComparison.Ordinal);
        Assert.Contains("[TableText] (table 1, row 2, cell 2, spans 2 columns) wide", dump, StringComparison.Ordinal);
        Assert.Contains("[TableText] (table 1, row 3, cell 1, merged with the cell above)\n", dump, StringComparison.Ordinal);
    }
}
