using System.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Where a paragraph sits in a table, for the dump: "(table 1, row 2 header, cell 3, spans 2 columns)", with
/// "merged with the cell above" for the continuation of a row span.
/// </summary>
internal static class DocxDumpTables
{
    /// <summary>The place, or null when the paragraph is not in a table cell.</summary>
    public static string? Describe(W.Paragraph paragraph)
    {
        if (paragraph.Parent is not W.TableCell cell || cell.Parent is not W.TableRow row || row.Parent is not W.Table table)
        {
            return null;
        }

        var body = table.Parent;
        var tableNumber = body is null ? 1 : body.Elements<W.Table>().TakeWhile(t => t != table).Count() + 1;
        var rowNumber = table.Elements<W.TableRow>().TakeWhile(r => r != row).Count() + 1;
        var cellNumber = row.Elements<W.TableCell>().TakeWhile(c => c != cell).Count() + 1;
        var place = new StringBuilder($"(table {tableNumber}, row {rowNumber}");
        if (row.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null)
        {
            place.Append(" header");
        }

        place.Append(", cell ").Append(cellNumber);
        if (cell.TableCellProperties?.GridSpan?.Val?.Value is > 1 and var span)
        {
            place.Append(", spans ").Append(span).Append(" columns");
        }

        var merge = cell.TableCellProperties?.VerticalMerge;
        if (merge is not null)
        {
            place.Append(merge.Val?.Value == W.MergedCellValues.Restart ? ", spans rows below" : ", merged with the cell above");
        }

        return place.Append(')').ToString();
    }
}
