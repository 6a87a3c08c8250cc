// The feature set follows the published block classifiers for boilerplate removal: text shape and link density from
// boilerpipe (Kohlschütter et al., "Boilerplate Detection using Shallow Text Features", WSDM 2010), neighbouring
// blocks' features as context from the same paper and from Web2Text (Vogels et al., ECIR 2018), and DOM path and
// class-name tokens as trafilatura and dom-smoothie use them. Nothing is copied from their code. See NOTICE.

using Convert.Core.Model;

namespace Convert.Core.Html.Scoring;

/// <summary>
/// The feature vector of each candidate block: its text, kind and tag, where it sits in the DOM and in the page, what
/// the rule-based extraction made of it, its neighbours, and the page's declared kind. Training and inference call the
/// same code, so the model sees at run time exactly what it was trained on.
/// </summary>
internal static class BlockFeatures
{
    private static readonly string[] Scalars =
    [
        "log_chars", "log_words", "sentences", "log_commas", "punctuation_ratio", "digit_ratio", "capitalised_ratio",
        "average_word_length", "ends_like_sentence", "link_density", "log_link_count", "node_link_density",
        "kind_paragraph", "kind_heading", "kind_list", "kind_quote", "kind_code", "heading_level", "log_list_items",
        "tag_p", "tag_div", "tag_row", "tag_li", "tag_dt_dd", "tag_other",
        "log_depth", "log_same_siblings", "parent_log_chars", "parent_link_density", "grandparent_log_chars",
        "grandparent_link_density", "ancestor3_log_chars", "ancestor3_link_density", "class_weight",
        "in_selection", "in_selection_root", "candidate_score_ratio",
        "relative_index", "relative_offset", "has_h1", "relative_to_h1", "after_h1", "is_title",
        "prev_log_chars", "prev_link_density", "prev_in_selection", "prev_heading",
        "next_log_chars", "next_link_density", "next_in_selection", "next_heading",
        "window_in_selection", "window_link_density", "window_log_chars",
        "page_log_blocks", "page_log_chars", "page_link_density", "page_selection_share",
    ];

    /// <summary>The names, in vector order: the model file lists the same, and loading checks them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        .. Scalars,
        .. NodeFlags.Tags.Select(t => "in_" + t),
        .. NodeFlags.ClassWords.Select(w => "class_" + w),
        .. NodeFlags.Markers.Select(m => "marker_" + m),
        .. PageSignals.Kinds.SelectMany(k => new[] { $"page_{k.Name}_declared", $"page_{k.Name}_address" }),
    ];

    private const int Window = 3;

    /// <summary>Context shared by all blocks of one page.</summary>
    internal sealed record PageContext(ClassMarkers Markers, Dictionary<PageNode, Dictionary<string, int>> SiblingCounts, int H1Index, int TotalChars, float PageLinkDensity, float SelectionShare, double TopScore, float[] Signals, string? Title);

    public static float[] Of(IReadOnlyList<HtmlBlock> blocks, IReadOnlyList<BlockFacts> facts, int index, int[] offsets, PageContext page)
    {
        var vector = new float[Names.Count];
        var k = 0;
        void Put(float value) => vector[k++] = value;
        void PutFlag(bool value) => vector[k++] = value ? 1 : 0;

        var block = blocks[index];
        var fact = facts[index];
        var shape = fact.Shape;
        var source = block.Source;

        Put(Log(shape.Chars));
        Put(Log(shape.Words));
        Put(shape.Sentences);
        Put(Log(shape.Commas));
        Put(shape.PunctuationRatio);
        Put(shape.DigitRatio);
        Put(shape.CapitalisedRatio);
        Put(shape.AverageWordLength);
        PutFlag(shape.EndsLikeSentence);
        Put(fact.LinkDensity);
        Put(Log(fact.LinkCount));
        Put((float)source.LinkDensity);

        PutFlag(block.Block is Paragraph);
        PutFlag(block.Block is Heading);
        PutFlag(block.Block is ListBlock);
        PutFlag(block.Block is Quote);
        PutFlag(block.Block is CodeBlock);
        Put(HtmlTags.IsHeading(source.Tag) ? HtmlTags.HeadingLevel(source.Tag) : 0);
        Put(Log(block.Block is ListBlock list ? list.Items.Count : 0));
        PutFlag(source.Tag == "p");
        PutFlag(source.Tag is "div" or "section" or "article" or "main" or "body" or "span");
        PutFlag(source.Tag is "tr" or "td" or "th" or "table");
        PutFlag(source.Tag is "li" or "ul" or "ol");
        PutFlag(source.Tag is "dt" or "dd" or "dl");
        PutFlag(source.Tag is not ("p" or "div" or "section" or "article" or "main" or "body" or "span" or "tr" or "td" or "th"
            or "table" or "li" or "ul" or "ol" or "dt" or "dd" or "dl") && !HtmlTags.IsHeading(source.Tag));

        Put(Log(Depth(source)));
        Put(Log(SameSiblings(source, page.SiblingCounts)));
        var ancestor = source.Parent;
        for (var level = 0; level < 3; level++)
        {
            Put(Log(ancestor?.TextLength ?? 0));
            Put((float)(ancestor?.LinkDensity ?? 0));
            ancestor = ancestor?.Parent;
        }
        Put(source.Attributes is null ? 0 : page.Markers.Weight(source));

        PutFlag(fact.InSelection);
        PutFlag(fact.InSelectionRoot);
        Put(page.TopScore > 0 ? (float)(NearestScore(source) / page.TopScore) : 0);

        var count = blocks.Count;
        Put(count <= 1 ? 0 : (float)index / (count - 1));
        Put(page.TotalChars == 0 ? 0 : (float)offsets[index] / page.TotalChars);
        PutFlag(page.H1Index >= 0);
        Put(page.H1Index < 0 ? 0 : (float)(index - page.H1Index) / count);
        PutFlag(page.H1Index >= 0 && index > page.H1Index);
        PutFlag(block.Block is Heading && page.Title is { } title && TextMatch.SameText(fact.Text, title));

        foreach (var neighbour in new[] { index - 1, index + 1 })
        {
            var inside = neighbour >= 0 && neighbour < count;
            Put(inside ? Log(facts[neighbour].Shape.Chars) : 0);
            Put(inside ? facts[neighbour].LinkDensity : 0);
            PutFlag(inside && facts[neighbour].InSelection);
            PutFlag(inside && blocks[neighbour].Block is Heading);
        }
        float selected = 0, density = 0, chars = 0;
        var seen = 0;
        for (var j = Math.Max(0, index - Window); j <= Math.Min(count - 1, index + Window); j++)
        {
            if (j == index)
                continue;
            seen++;
            selected += facts[j].InSelection ? 1 : 0;
            density += facts[j].LinkDensity;
            chars += Log(facts[j].Shape.Chars);
        }
        Put(seen == 0 ? 0 : selected / seen);
        Put(seen == 0 ? 0 : density / seen);
        Put(seen == 0 ? 0 : chars / seen);

        Put(Log(count));
        Put(Log(page.TotalChars));
        Put(page.PageLinkDensity);
        Put(page.SelectionShare);

        for (var bit = 0; bit < NodeFlags.Count; bit++)
            PutFlag(NodeFlags.Has(fact.Flags, bit));
        foreach (var signal in page.Signals)
            Put(signal);

        if (k != vector.Length)
            throw new InvalidOperationException($"block features: {k} values written for {vector.Length} names");
        return vector;
    }

    private static float Log(double value) => (float)Math.Log(1 + Math.Max(0, value));

    private static int Depth(PageNode node)
    {
        var depth = 0;
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
            depth++;
        return depth;
    }

    // Repeated siblings of one tag and class are the rows of a listing, the posts of a thread, the cards of a grid.
    // Counted once per parent: a page of twenty thousand paragraphs in one container must not cost their square.
    private static int SameSiblings(PageNode node, Dictionary<PageNode, Dictionary<string, int>> cache)
    {
        if (node.Parent is not { } parent)
            return 0;
        if (!cache.TryGetValue(parent, out var counts))
        {
            counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var sibling in parent.Children)
            {
                if (!sibling.Removed)
                    counts[Key(sibling)] = counts.GetValueOrDefault(Key(sibling)) + 1;
            }
            cache[parent] = counts;
        }
        return counts.GetValueOrDefault(Key(node));
    }

    private static string Key(PageNode node) => node.Tag + " " + node.Attribute("class");

    private static double NearestScore(PageNode node)
    {
        var level = 0;
        for (var current = node; current is not null && level < 5; current = current.Parent, level++)
        {
            if (current.Score is { } score)
                return score;
        }
        return 0;
    }
}
