using Convert.Core.Model;

namespace Convert.Tests.Writing;

public class TableGridTests
{
    [Fact]
    public void RowAndColumnSpans_ArePlacedAsInHtml_AndShortRowsFilled()
    {
        var grid = TableGrid.Of(TableArticles.Spanned);

        Assert.Equal(3, grid.Columns);
        Assert.False(grid.IsSimple);
        var kinds = grid.Rows.Select(row => string.Join(",", row.Select(s => $"{s.Kind}@{s.Column}x{s.ColumnSpan}"))).ToList();
        Assert.Equal(
        [
            "Cell@0x1,Cell@1x1,Cell@2x1",
            "Cell@0x1,Cell@1x2",
            "RowSpanContinued@0x1,Cell@1x1,Cell@2x1",
            "Cell@0x1,Cell@1x1,Empty@2x1",
        ], kinds);
        Assert.Equal("one\ntwo", grid.Rows[2][1].Cell!.PlainText);
    }

    [Fact]
    public void RowSpanPastTheLastRow_IsCut()
    {
        var table = new Table([new TableRow([new TableCell([Run.Plain("a")], RowSpan: 50), new TableCell("b")]), new TableRow([new TableCell("c")])], 0, [], SourceSpan.None);

        var grid = TableGrid.Of(table);

        Assert.Equal(2, grid.Rows[0][0].RowSpan);
        Assert.Equal([GridSlotKind.RowSpanContinued, GridSlotKind.Cell], grid.Rows[1].Select(s => s.Kind));
    }

    [Fact]
    public void TableWithoutSpans_IsSimple() => Assert.True(TableGrid.Of(TableArticles.Simple).IsSimple);
}
