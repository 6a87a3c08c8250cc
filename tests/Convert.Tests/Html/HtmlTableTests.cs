using Convert.Core.Html;
using Convert.Core.Model;

namespace Convert.Tests.Html;

/// <summary>The HTML reader keeps data tables as tables: caption, header rows, cells with their runs and spans.</summary>
public class HtmlTableTests
{
    private static List<Block> Blocks(string html)
    {
        var page = PageBuilder.Build(html);
        return new HtmlBlockBuilder(new LinkResolver("https://example.com/post"))
            .Build(page.Body.Children).Select(b => b.Block).ToList();
    }

    private static string[][] Cells(Table table) => table.Rows.Select(r => r.Cells.Select(c => c.PlainText).ToArray()).ToArray();

    [Fact]
    public void TableWithCaptionAndHead_IsATableWithItsHeaderRowAndCaptionRuns()
    {
        var table = Assert.IsType<Table>(Assert.Single(Blocks("""
            <table><caption>Tides, <b>spring</b></caption>
            <thead><tr><th>Day</th><th>High</th></tr></thead>
            <tbody><tr><td>Mon</td><td><em>4.1</em> m</td></tr><tr><td>Tue</td><td>4.3 m</td></tr></tbody></table>
            """)));

        Assert.Equal("Tides, spring", table.CaptionText);
        Assert.Contains(table.Caption, r => r.Bold && r.Text == "spring");
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal([["Day", "High"], ["Mon", "4.1 m"], ["Tue", "4.3 m"]], Cells(table));
        Assert.True(table.Rows[1].Cells[1].Runs[0].Italic);
    }

    [Fact]
    public void RowsOfThOnly_AreHeaderRowsWithoutAThead_AndTheFootComesLast()
    {
        var table = Assert.IsType<Table>(Assert.Single(Blocks("""
            <table><tfoot><tr><td>Total</td><td>9</td></tr></tfoot>
            <tr><th>Kind</th><th>Count</th></tr><tr><th>Sub</th><th>kind</th></tr><tr><td>a</td><td>4</td></tr><tr><td>b</td><td>5</td></tr></table>
            """)));

        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(["Kind", "Sub", "a", "b", "Total"], table.Rows.Select(r => r.Cells[0].PlainText));
    }

    [Fact]
    public void SpansAndLineBreaks_AreKept()
    {
        var table = Assert.IsType<Table>(Assert.Single(Blocks("""
            <table><tr><th>A</th><th>B</th><th>C</th></tr>
            <tr><td rowspan="2">left</td><td colspan="2">wide</td></tr>
            <tr><td>one<br>two</td><td>x</td></tr>
            <tr><td colspan="junk">1</td><td rowspan="0">2</td><td>3</td></tr></table>
            """)));

        Assert.Equal((1, 2), (table.Rows[1].Cells[0].ColumnSpan, table.Rows[1].Cells[0].RowSpan));
        Assert.Equal(2, table.Rows[1].Cells[1].ColumnSpan);
        Assert.Equal("one\ntwo", table.Rows[2].Cells[0].PlainText);
        Assert.All(table.Rows[3].Cells, c => Assert.Equal((1, 1), (c.ColumnSpan, c.RowSpan)));
    }

    [Fact]
    public void OneColumnTable_ReadsAsParagraphsAsBefore()
    {
        var blocks = Blocks("<table><caption>Note</caption><tr><td>first line</td></tr><tr><td>second line</td></tr></table>");

        Assert.All(blocks, b => Assert.IsType<Paragraph>(b));
        Assert.Equal(["Note", "first line", "second line"], blocks.Select(b => b.PlainText));
    }

    [Fact]
    public void LayoutTableHoldingParagraphs_IsNotATable()
    {
        var blocks = Blocks("<table><tr><td><p>Body text one.</p></td><td><p>Body text two.</p></td></tr></table>");

        Assert.DoesNotContain(blocks, b => b is Table);
        Assert.Equal(["Body text one.", "Body text two."], blocks.Select(b => b.PlainText));
    }

    [Fact]
    public void EmptyRows_AreLeftOut()
    {
        var table = Assert.IsType<Table>(Assert.Single(Blocks("<table><tr><td>a</td><td>b</td></tr><tr><td> </td><td></td></tr><tr><td>c</td><td>d</td></tr></table>")));

        Assert.Equal([["a", "b"], ["c", "d"]], Cells(table));
        Assert.Equal(0, table.HeaderRows);
    }

    [Fact]
    public void ATableSourceBlock_HasOneLinePerCaptionAndRow_EachWithItsElement()
    {
        var page = PageBuilder.Build("<table><caption>Cap</caption><tr><th>h1</th><th>h2</th></tr><tr><td>a</td><td>b</td></tr></table>");
        var built = new HtmlBlockBuilder(new LinkResolver(null)).Build(page.Body.Children);

        var block = Assert.Single(built).ToSourceBlock(0)!;

        Assert.Equal(["Cap", "h1 | h2", "a | b"], block.Lines.Select(l => l.Text));
        Assert.EndsWith("caption", block.Lines[0].Source.ElementPath, StringComparison.Ordinal);
        Assert.EndsWith("tr[2]", block.Lines[2].Source.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void SlicingATable_KeepsTheRowsOfTheSliceAndTheHeaderOnlyWhenItIsKept()
    {
        var page = PageBuilder.Build("<table><caption>Cap</caption><tr><th>h1</th><th>h2</th></tr><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>");
        var block = Assert.Single(new HtmlBlockBuilder(new LinkResolver(null)).Build(page.Body.Children)).ToSourceBlock(0)!;

        var head = Assert.IsType<Table>(block.Slice(0, 3).Rich);
        var tail = Assert.IsType<Table>(block.Slice(2, 2).Rich);

        Assert.Equal(("Cap", 1, 2), (head.CaptionText, head.HeaderRows, head.Rows.Count));
        Assert.Equal(("", 0, 2), (tail.CaptionText, tail.HeaderRows, tail.Rows.Count));
        Assert.Equal("Cap", Assert.IsType<Paragraph>(block.Slice(0, 1).Rich).PlainText);
    }
}
