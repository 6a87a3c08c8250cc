namespace Convert.Core.Model;

/// <summary>
/// Places a table's cells on a grid the way HTML does: each cell in the first free column of its row, a cell that
/// spans rows taking its column in the rows below, spans cut at the table's edge. Rows shorter than the widest are
/// filled with empty slots, so every row covers every column.
/// </summary>
public sealed class TableGrid
{
    private TableGrid(int columns, IReadOnlyList<IReadOnlyList<GridSlot>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>How many columns the table has.</summary>
    public int Columns { get; }

    /// <summary>Each row's slots, left to right; the slots of a row cover its columns exactly once.</summary>
    public IReadOnlyList<IReadOnlyList<GridSlot>> Rows { get; }

    /// <summary>True when no cell spans more than one column or row.</summary>
    public bool IsSimple => Rows.All(row => row.All(s => s.Kind != GridSlotKind.RowSpanContinued && s.ColumnSpan == 1 && s.RowSpan == 1));

    public static TableGrid Of(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rowCount = table.Rows.Count;
        var occupied = new List<HashSet<int>>(rowCount);
        for (var r = 0; r < rowCount; r++)
            occupied.Add([]);
        // Where each cell starts: row -> column -> (cell, column span, row span).
        var origins = new List<SortedDictionary<int, (TableCell Cell, int ColumnSpan, int RowSpan)>>(rowCount);
        var columns = 0;
        for (var r = 0; r < rowCount; r++)
        {
            origins.Add([]);
            var column = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (occupied[r].Contains(column))
                    column++;
                var columnSpan = Math.Clamp(cell.ColumnSpan, 1, Table.MaxSpan);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, rowCount - r);
                for (var below = r; below < r + rowSpan; below++)
                {
                    for (var c = column; c < column + columnSpan; c++)
                        occupied[below].Add(c);
                }
                origins[r][column] = (cell, columnSpan, rowSpan);
                column += columnSpan;
                columns = Math.Max(columns, column);
            }
        }

        var rows = new List<IReadOnlyList<GridSlot>>(rowCount);
        // Cells spanning down from rows above: column -> (column span, last row).
        var spansDown = new Dictionary<int, (int ColumnSpan, int LastRow)>();
        for (var r = 0; r < rowCount; r++)
        {
            var slots = new List<GridSlot>();
            for (var column = 0; column < columns;)
            {
                if (origins[r].TryGetValue(column, out var origin))
                {
                    slots.Add(new GridSlot(GridSlotKind.Cell, origin.Cell, column, origin.ColumnSpan, origin.RowSpan));
                    if (origin.RowSpan > 1)
                        spansDown[column] = (origin.ColumnSpan, r + origin.RowSpan - 1);
                    column += origin.ColumnSpan;
                }
                else if (spansDown.TryGetValue(column, out var down) && down.LastRow >= r)
                {
                    slots.Add(new GridSlot(GridSlotKind.RowSpanContinued, null, column, down.ColumnSpan, 1));
                    column += down.ColumnSpan;
                }
                else
                {
                    slots.Add(new GridSlot(GridSlotKind.Empty, null, column, 1, 1));
                    column++;
                }
            }
            rows.Add(slots);
        }
        return new TableGrid(columns, rows);
    }
}

/// <summary>What fills a slot of the grid.</summary>
public enum GridSlotKind
{
    /// <summary>A cell of the table starts here.</summary>
    Cell,
    /// <summary>A cell of a row above spans down over this slot.</summary>
    RowSpanContinued,
    /// <summary>Nothing: the row has fewer cells than the table has columns.</summary>
    Empty,
}

/// <summary>One slot of a grid row: a cell (or what stands in for one) at <paramref name="Column"/>, spanning columns and rows.</summary>
public sealed record GridSlot(GridSlotKind Kind, TableCell? Cell, int Column, int ColumnSpan, int RowSpan);
