namespace Convert.Core.Model;

/// <summary>
/// What every reader produces and the cleaning and splitting stages consume: consecutive lines that belong together
/// (a paragraph, a list, a short line standing alone such as "Share."), each line with its own source, and, where
/// the reader knows the block's structure (HTML), the rich block (heading level, list items, runs).
/// </summary>
public sealed record SourceBlock
{
    /// <param name="lines">The block's lines in order; never empty.</param>
    /// <param name="source">Where the whole block came from (for HTML, its element).</param>
    /// <param name="rich">The block as the reader built it, or null when its shape is to be read from the text.</param>
    public SourceBlock(IReadOnlyList<SourceLine> lines, SourceSpan source, Block? rich = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
            throw new ArgumentException("A source block has at least one line.", nameof(lines));
        Lines = lines;
        Source = source;
        Rich = rich;
        Text = lines.Count == 1 ? lines[0].Text : string.Join(" ", lines.Select(l => l.Text));
    }

    public IReadOnlyList<SourceLine> Lines { get; }

    public SourceSpan Source { get; }

    /// <summary>The block as the reader built it; null for scraped text, whose shape the splitter reads from the lines.</summary>
    public Block? Rich { get; }

    /// <summary>The lines joined by single spaces: a wrapped paragraph reads as one.</summary>
    public string Text { get; }

    /// <summary>
    /// The block's position in the reader's output. Blocks cut from one block share it, so "what stood between two
    /// blocks" is a question of positions, never of line numbers (an HTML page may hold every block on one line).
    /// </summary>
    public int Ordinal { get; init; }

    /// <summary>Lines of scraped text <paramref name="firstLine"/>, <paramref name="firstLine"/> + 1, ...</summary>
    public static SourceBlock FromNumberedLines(IReadOnlyList<string> lines, int firstLine) =>
        new(lines.Select((text, i) => new SourceLine(text, new SourceSpan(firstLine + i, firstLine + i))).ToArray(),
            new SourceSpan(firstLine, firstLine + lines.Count - 1));

    /// <summary>The text of line <paramref name="index"/>.</summary>
    public string Line(int index) => Lines[index].Text;

    /// <summary>
    /// The lines <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> - 1 as a block of
    /// their own, keeping each line's source, the position, and the matching part of the rich block.
    /// </summary>
    public SourceBlock Slice(int start, int count)
    {
        if (start == 0 && count == Lines.Count)
            return this;
        var lines = Lines.Skip(start).Take(count).ToArray();
        var source = SpanOf(lines);
        return new SourceBlock(lines, source, RichSlice.Of(this, start, count, source)) { Ordinal = Ordinal };
    }

    /// <summary>A block of new lines that stands where this one stood (same position); its shape is read from the text.</summary>
    public SourceBlock Replace(IReadOnlyList<SourceLine> lines)
    {
        var source = SpanOf(lines);
        return new SourceBlock(lines, source, Rich is null ? null : new Paragraph(string.Join(" ", lines.Select(l => l.Text)), source))
        {
            Ordinal = Ordinal,
        };
    }

    private SourceSpan SpanOf(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count == 1)
            return lines[0].Source;
        var first = lines[0].Source;
        var last = lines[^1].Source;
        // Lines of one element share its path; lines of several (list items) are named by the block's element.
        var path = lines.All(l => l.Source.ElementPath == first.ElementPath) ? first.ElementPath : Source.ElementPath;
        return new SourceSpan(first.StartLine, last.EndLine, path);
    }
}
