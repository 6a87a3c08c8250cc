using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>A body block built from HTML, with the element it came from.</summary>
/// <param name="Block">The block as built.</param>
/// <param name="Source">The element the block came from.</param>
/// <param name="ItemSources">For a list, the element of each item (in item order); for a table, the caption's (when
/// it has one) and each row's; else null.</param>
internal sealed record HtmlBlock(Block Block, PageNode Source, IReadOnlyList<PageNode>? ItemSources = null)
{
    /// <summary>
    /// The block's lines for the text rules: list items one per line, line breaks kept. A list led by a label
    /// ("More about:", "Tags:") is one line, "More about: Hotels, Hygiene", as a text scrape would have it, so the
    /// tag rules can take it whole.
    /// </summary>
    public IReadOnlyList<string> Lines => Block switch
    {
        ListBlock { Items: [var label, _, ..] } list when Flatten(label.PlainText).EndsWith(':') =>
            [$"{Flatten(label.PlainText)} {string.Join(", ", list.Items.Skip(1).Select(i => Flatten(i.PlainText)))}"],
        ListBlock list => list.Items.Select(i => Flatten(i.PlainText)).ToList(),
        Table table => table.Lines,
        Figure figure => figure.Lines,
        _ => Block.PlainText.Split('\n').Select(Flatten).Where(l => l.Length > 0).ToList(),
    };

    /// <summary>
    /// The block for the cleaning and splitting stages: each line with its own source (a list item's or table row's element, else the
    /// block's), and this block as the rich block. Null when the block has no text.
    /// </summary>
    public SourceBlock? ToSourceBlock(int ordinal)
    {
        var lines = Lines;
        if (lines.Count == 0)
            return null;
        var blockSpan = Block.Source;
        var perItem = Block is ListBlock or Table && ItemSources is { } items && lines.Count == items.Count;
        var sourceLines = lines.Select((text, i) => new SourceLine(text, perItem ? HtmlSpans.Of(ItemSources![i]) : blockSpan)).ToArray();
        return new SourceBlock(sourceLines, blockSpan, Block) { Ordinal = ordinal };
    }

    private static string Flatten(string text) => text.Replace('\n', ' ').Trim();
}
