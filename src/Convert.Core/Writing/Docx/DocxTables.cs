using Convert.Core.Model;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Lays out a table as a Word table in the Table style: its caption above it in the Caption style (kept with the
/// table), the full text width shared by the columns, header rows repeated at the top of every page (tblHeader) and
/// in the bold Table Header style, no row split across pages (cantSplit), column spans as gridSpan and row spans as
/// vMerge. Each cell is one paragraph; its line breaks stay breaks.
/// </summary>
internal sealed class DocxTables(DocxInlines inlines, int textWidthTwips)
{
    public IEnumerable<OpenXmlElement> Build(Table table)
    {
        if (table.HasCaption)
        {
            yield return DocxParagraphs.Styled(DocxStyleIds.Caption, inlines.Build(table.Caption, DocxStyleIds.Caption));
        }

        var grid = TableGrid.Of(table);
        var columnWidth = Math.Max(textWidthTwips / Math.Max(grid.Columns, 1), 1);
        var wordTable = new W.Table(
            new W.TableProperties
            {
                TableStyle = new W.TableStyle { Val = DocxStyleIds.Table },
                TableWidth = new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
                // The header row's rule comes from the style's first-row formatting; no banding.
                TableLook = new W.TableLook { Val = table.HeaderRows > 0 ? "0620" : "0600" },
            },
            new W.TableGrid(Enumerable.Range(0, grid.Columns).Select(_ => new W.GridColumn { Width = Twips(columnWidth) })));
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var header = r < table.HeaderRows;
            var rowProperties = new W.TableRowProperties(new W.CantSplit());
            if (header)
            {
                rowProperties.Append(new W.TableHeader());
            }

            var row = new W.TableRow(rowProperties);
            foreach (var slot in grid.Rows[r])
            {
                row.Append(Cell(slot, header, columnWidth));
            }

            wordTable.Append(row);
        }

        yield return wordTable;
    }

    private W.TableCell Cell(GridSlot slot, bool header, int columnWidth)
    {
        var properties = new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Width = Twips(columnWidth * slot.ColumnSpan), Type = W.TableWidthUnitValues.Dxa },
            GridSpan = slot.ColumnSpan > 1 ? new W.GridSpan { Val = slot.ColumnSpan } : null,
            VerticalMerge = slot switch
            {
                { Kind: GridSlotKind.Cell, RowSpan: > 1 } => new W.VerticalMerge { Val = W.MergedCellValues.Restart },
                { Kind: GridSlotKind.RowSpanContinued } => new W.VerticalMerge { Val = W.MergedCellValues.Continue },
                _ => null,
            },
        };
        var style = header ? DocxStyleIds.TableHeader : DocxStyleIds.TableText;
        IEnumerable<OpenXmlElement> content = slot.Cell is { } cell ? inlines.Build(cell.Runs, style) : [];
        return new W.TableCell(properties, DocxParagraphs.Styled(style, content));
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
