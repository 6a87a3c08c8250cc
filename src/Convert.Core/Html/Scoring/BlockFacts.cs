namespace Convert.Core.Html.Scoring;

/// <summary>The per-block facts the features are made of; neighbours' features read them too.</summary>
internal readonly record struct BlockFacts(
    string Text, TextShape Shape, int LinkChars, int LinkCount, bool InSelection, bool InSelectionRoot, ulong Flags)
{
    public float LinkDensity => Shape.Chars == 0 ? 0 : Math.Min(1f, (float)LinkChars / Shape.Chars);

    public static BlockFacts Of(HtmlBlock block, bool inSelection, bool inSelectionRoot, ulong flags)
    {
        var text = string.Join('\n', block.Lines);
        var (linkChars, linkCount) = Links(block.Source);
        return new BlockFacts(text, TextShape.Of(text), linkChars, linkCount, inSelection, inSelectionRoot, flags);
    }

    // Read from the page rather than the runs: a link the resolver could not make absolute has no URL in its run. A
    // paragraph made of the loose text of a container counts that text only, not the container's other blocks.
    private static (int Chars, int Count) Links(PageNode source)
    {
        if (HtmlTags.HasOnlyInlineContent(source) || source.Tag is "ul" or "ol" or "tr" or "table")
            return (source.LinkLength, source.Tag == "a" ? 1 : source.Descendants().Count(d => d.Tag == "a"));
        int chars = 0, count = 0;
        foreach (var child in source.Children)
        {
            if (child.Removed || (child.IsElement && HtmlTags.IsBlock(child.Tag)))
                continue;
            chars += child.LinkLength;
            count += child.Tag == "a" ? 1 : child.Descendants().Count(d => d.Tag == "a");
        }
        return (chars, count);
    }
}
