
namespace Convert.Core.Model;

/// <summary>
/// The part of a rich block that a slice of its lines covers: the items of a list, the lines of a code block, the caption and rows of a table, the caption and credit of a figure, or the lines of a paragraph
/// broken by line breaks, with their formatting. When the lines cannot be matched to parts, the slice becomes a
/// plain paragraph of its text, so nothing is lost and nothing is counted twice.
/// </summary>
internal static class RichSlice
{
    public static Block? Of(SourceBlock block, int start, int count, SourceSpan source)
    {
        switch (block.Rich)
        {
            case null:
                return null;
            case ListBlock list when list.Items.Count == block.Lines.Count:
                // A slice that starts after some items of an ordered list keeps their numbers.
                var before = list.Items.Take(start).Count(i => i.Level == 0);
                return new ListBlock(list.Ordered, ListBlock.WellFormed(list.Items.Skip(start).Take(count).ToArray()), source, list.Start + before);
            case CodeBlock code when CodeLines(code) is var lines && lines.Count == block.Lines.Count:
                // The block's lines are the code's non-blank lines; the blank lines between kept ones stay.
                var first = lines[start];
                var last = lines[start + count - 1];
                return code with { Text = string.Join('\n', code.Text.Split('\n')[first..(last + 1)]), Source = source };
            case Table table when table.Lines.Count == block.Lines.Count:
                return TableSlice(table, start, count, source);
            case Figure figure when figure.Lines.Count == block.Lines.Count:
                return FigureSlice(figure, start, count, source);
            case Paragraph paragraph when LinesOf(paragraph.Runs) is { } lines && lines.Count == block.Lines.Count:
                return new Paragraph(Join(lines.Skip(start).Take(count)), source);
            case Quote quote when LinesOf(quote.Runs) is { } lines && lines.Count == block.Lines.Count:
                return new Quote(Join(lines.Skip(start).Take(count)), source);
            default:
                return new Paragraph(string.Join(" ", block.Lines.Skip(start).Take(count).Select(l => l.Text)), source);
        }
    }

    // The table's lines are its caption (when it has one) and its rows; the header rows kept stay the leading ones.
    private static Block TableSlice(Table table, int start, int count, SourceSpan source)
    {
        var captionLines = table.HasCaption ? 1 : 0;
        var caption = start < captionLines ? table.Caption : [];
        var firstRow = Math.Max(start - captionLines, 0);
        var rows = table.Rows.Skip(firstRow).Take(start + count - captionLines - firstRow).ToArray();
        if (rows.Length == 0)
            return new Paragraph([.. caption], source);
        return new Table(rows, Math.Clamp(table.HeaderRows - firstRow, 0, rows.Length), caption, source);
    }

    // The figure's lines are its caption and its credit (each when it has one); a slice keeps the image with what it keeps.
    private static Figure FigureSlice(Figure figure, int start, int count, SourceSpan source)
    {
        var captionLines = figure.HasCaption ? 1 : 0;
        var keepsCaption = captionLines == 1 && start == 0;
        var keepsCredit = figure.HasCredit && start + count > captionLines;
        return figure with { Caption = keepsCaption ? figure.Caption : [], Credit = keepsCredit ? figure.Credit : [], Source = source };
    }

    private static List<int> CodeLines(CodeBlock code) =>
        code.Text.Split('\n').Select((line, i) => (line, i)).Where(l => l.line.Trim().Length > 0).Select(l => l.i).ToList();

    /// <summary>The runs cut at line breaks, without the blank lines a reader drops; null when there are none to cut.</summary>
    private static List<List<Run>>? LinesOf(IReadOnlyList<Run> runs)
    {
        var lines = new List<List<Run>> { new() };
        foreach (var run in runs)
        {
            var parts = run.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                    lines.Add([]);
                if (parts[i].Length > 0)
                    lines[^1].Add(run with { Text = parts[i] });
            }
        }
        lines.RemoveAll(line => line.All(r => string.IsNullOrWhiteSpace(r.Text)));
        return lines.Count > 0 ? lines : null;
    }

    private static List<Run> Join(IEnumerable<List<Run>> lines)
    {
        var runs = new List<Run>();
        foreach (var line in lines)
        {
            if (runs.Count > 0)
                runs.Add(Run.Plain("\n"));
            runs.AddRange(Trim(line));
        }
        return runs;
    }

    private static IEnumerable<Run> Trim(List<Run> line)
    {
        for (var i = 0; i < line.Count; i++)
        {
            var text = line[i].Text;
            if (i == 0)
                text = text.TrimStart();
            if (i == line.Count - 1)
                text = text.TrimEnd();
            if (text.Length > 0)
                yield return line[i] with { Text = text };
        }
    }
}
