using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>
/// Maps the page's heading levels (1-6, as the block builder keeps them) onto the model's 1-3: the highest level used
/// in the body becomes 1 (pages put their sections under h2 because h1 is the title), skipped levels close up, and
/// only what is still deeper than 3 after that folds into 3 (h2, h3, h4 become 1, 2, 3).
/// </summary>
internal static class HeadingLevels
{
    public static List<HtmlBlock> Normalise(List<HtmlBlock> blocks)
    {
        var used = blocks.Select(b => b.Block).OfType<Heading>().Select(h => h.Level).Distinct().Order().ToList();
        if (used.Count == 0)
            return blocks;
        return blocks.Select(b => b.Block is Heading heading
            ? b with { Block = heading with { Level = Math.Min(used.IndexOf(heading.Level) + 1, 3) } }
            : b).ToList();
    }
}
