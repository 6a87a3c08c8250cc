using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Splitting;

/// <summary>
/// Cuts one text block into runs of lines of the same kind (bullets, numbered items, quote lines, plain lines),
/// so "Key points:" followed by "- a" and "- b" in one block gives a paragraph and a list.
/// </summary>
internal static class LineGroups
{
    private enum Kind { Plain, Bullet, Numbered, Quote }

    public static IEnumerable<Block> Split(SourceBlock block)
    {
        var kinds = block.Lines.Select(l => KindOf(l.Text)).ToList();
        if (kinds.All(k => k == Kind.Plain))
        {
            yield return new Paragraph(block.Text, block.Source);
            yield break;
        }
        var start = 0;
        while (start < block.Lines.Count)
        {
            var kind = kinds[start];
            var end = start + 1;
            while (end < block.Lines.Count && BelongsToGroup(kind, kinds[end], block.Line(end)))
            {
                end++;
            }
            var part = block.Slice(start, end - start);
            yield return Build(kind, part.Lines.Select(l => l.Text).ToList(), part.Source);
            start = end;
        }
    }

    // A plain line that starts in lower case after a list item is the item wrapping onto the next line.
    private static bool BelongsToGroup(Kind group, Kind line, string text) =>
        line == group || (line == Kind.Plain && group is Kind.Bullet or Kind.Numbered && char.IsLower(text[0]));

    private static Block Build(Kind kind, IReadOnlyList<string> lines, SourceSpan source)
    {
        switch (kind)
        {
            case Kind.Bullet:
            case Kind.Numbered:
                return new ListBlock(kind == Kind.Numbered, Items(kind, lines), source);
            case Kind.Quote:
                return new Quote(string.Join(" ", lines.Select(l => BodyStructurer.QuoteMarker().Replace(l, ""))), source);
            default:
                return new Paragraph(string.Join(" ", lines), source);
        }
    }

    private static List<ListItem> Items(Kind kind, IReadOnlyList<string> lines)
    {
        var items = new List<string>();
        foreach (var line in lines)
        {
            if (KindOf(line) == kind)
            {
                items.Add(ListMarker.Strip(line));
            }
            else
            {
                items[^1] += " " + line;
            }
        }
        return items.Select(text => new ListItem(text)).ToList();
    }

    private static Kind KindOf(string line) =>
        ListMarker.Length(line, out var ordered) > 0 ? (ordered ? Kind.Numbered : Kind.Bullet)
        : line.StartsWith("> ", StringComparison.Ordinal) || line == ">" ? Kind.Quote
        : Kind.Plain;
}
