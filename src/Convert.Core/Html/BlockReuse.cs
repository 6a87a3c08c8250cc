using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>
/// When a block built a second time from the same page is the block built the first time. The learned scorer builds
/// the blocks of the whole page after the rule-based selection built its own; on a long article nearly all are the
/// same paragraphs, and keeping one copy of each saves the size of the page's text and more at the conversion's peak.
/// Only paragraphs and headings are compared (the bulk of every page); other kinds are kept as built.
/// </summary>
internal static class BlockReuse
{
    public static Dictionary<PageNode, HtmlBlock> BySource(IEnumerable<HtmlBlock> blocks)
    {
        var bySource = new Dictionary<PageNode, HtmlBlock>(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            if (block.ItemSources is null && block.Block is Paragraph or Heading)
                bySource.TryAdd(block.Source, block);
        }
        return bySource;
    }

    public static bool Same(HtmlBlock earlier, HtmlBlock built) =>
        ReferenceEquals(earlier.Source, built.Source) && earlier.ItemSources is null && built.ItemSources is null
        && (earlier.Block, built.Block) switch
        {
            (Paragraph a, Paragraph b) => a.Source == b.Source && a.Runs.SequenceEqual(b.Runs),
            (Heading a, Heading b) => a.Level == b.Level && a.Source == b.Source && a.Runs.SequenceEqual(b.Runs),
            _ => false,
        };
}
