namespace Convert.Core.Model;

/// <summary>One block of the article body. The hierarchy is closed: writers switch over these cases.</summary>
public abstract record Block(SourceSpan Source)
{
    /// <summary>The block's text without formatting, as a reader would see it.</summary>
    public abstract string PlainText { get; }

    internal static string Join(IReadOnlyList<Run> runs) => string.Concat(runs.Select(r => r.Text));
}

public sealed record Paragraph(IReadOnlyList<Run> Runs, SourceSpan Source) : Block(Source)
{
    public Paragraph(string text, SourceSpan source) : this([Run.Plain(text)], source) { }
    public override string PlainText => Join(Runs);
}

/// <summary>A section heading; <see cref="Level"/> is 1 to 3 (deeper levels are folded into 3).</summary>
public sealed record Heading(int Level, IReadOnlyList<Run> Runs, SourceSpan Source) : Block(Source)
{
    public Heading(int level, string text, SourceSpan source) : this(level, [Run.Plain(text)], source) { }
    public override string PlainText => Join(Runs);
}

/// <summary>One item of a list.</summary>
/// <param name="Runs">The item's own text (not its sub-items').</param>
/// <param name="Level">Nesting depth, 0 for the list's own items, 1 for items of a list inside an item, and so on.</param>
/// <param name="Ordered">For a nested item, whether its own list is numbered; null at level 0 (the list says).</param>
public sealed record ListItem(IReadOnlyList<Run> Runs, int Level = 0, bool? Ordered = null)
{
    public ListItem(string text) : this([Run.Plain(text)]) { }
    public string PlainText => Block.Join(Runs);
}

/// <summary>A list; nested lists are items with a deeper <see cref="ListItem.Level"/>.</summary>
/// <param name="Ordered">Whether the list's own (level 0) items are numbered.</param>
/// <param name="Items">The items in reading order, a sub-list's items right after their parent item.</param>
/// <param name="Source">Where the list came from.</param>
/// <param name="Start">The number of the first item of an ordered list (HTML's &lt;ol start&gt;).</param>
public sealed record ListBlock(bool Ordered, IReadOnlyList<ListItem> Items, SourceSpan Source, int Start = 1) : Block(Source)
{
    /// <summary>The deepest level an item may have (Word numbers nine levels).</summary>
    public const int MaxLevel = 8;

    /// <summary>
    /// The items with levels a reader can lay out: the first at 0, none more than one deeper than the item before
    /// (a slice of a nested list may begin inside a sub-list), none deeper than <see cref="MaxLevel"/>.
    /// </summary>
    public static IReadOnlyList<ListItem> WellFormed(IReadOnlyList<ListItem> items)
    {
        var result = new List<ListItem>(items.Count);
        var previous = -1;
        foreach (var item in items)
        {
            var level = Math.Clamp(item.Level, 0, Math.Min(previous + 1, MaxLevel));
            result.Add(level == item.Level ? item : item with { Level = level, Ordered = level == 0 ? null : item.Ordered });
            previous = level;
        }
        return result;
    }

    /// <summary>Whether an item's own list is numbered.</summary>
    public bool IsOrdered(ListItem item) => item.Level == 0 ? Ordered : item.Ordered ?? Ordered;

    public override string PlainText => string.Join("\n", Items.Select(i => i.PlainText));
}

public sealed record Quote(IReadOnlyList<Run> Runs, SourceSpan Source) : Block(Source)
{
    public Quote(string text, SourceSpan source) : this([Run.Plain(text)], source) { }
    public override string PlainText => Join(Runs);
}

/// <summary>Preformatted code, its line breaks and spaces kept as they are.</summary>
/// <param name="Text">The code; "\n" separates its lines.</param>
/// <param name="Language">The programming language when the page named it (class="language-x"), else null.</param>
/// <param name="Source">Where the code came from.</param>
public sealed record CodeBlock(string Text, string? Language, SourceSpan Source) : Block(Source)
{
    public override string PlainText => Text;
}
