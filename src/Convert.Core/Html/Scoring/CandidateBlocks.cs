namespace Convert.Core.Html.Scoring;

/// <summary>
/// The candidate blocks of a whole page: everything the block builder makes of the visible body (author boxes aside),
/// not only of the rule-based selection, each with its feature vector. What the selection kept and pruned becomes
/// features, so the rules are a strong prior the model can overrule.
/// </summary>
internal static class CandidateBlocks
{
    /// <summary>
    /// Puts the elements the finder and pruner took out (author boxes aside) back into the page, builds its blocks and their features.
    /// Call once per analysis: it changes the page's removed marks and metrics.
    /// </summary>
    public static List<BlockCandidate> Collect(HtmlPageAnalysis analysis) => [.. Each(analysis)];

    /// <summary>
    /// The candidates one at a time, each feature vector made when its block is reached: the scorer keeps none of
    /// them, so a page of 76,000 paragraphs does not hold 76,000 vectors (40 MB) at once. Enumerate once per analysis.
    /// </summary>
    public static IEnumerable<BlockCandidate> Each(HtmlPageAnalysis analysis)
    {
        var body = analysis.Page.Body;
        var pruned = new HashSet<PageNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in body.DescendantsIncludingRemoved())
        {
            if (node.Removed)
                pruned.Add(node);
            node.Removed = false;
        }
        // Author boxes stay out: their text is the author's bio, which the splitter takes from the boxes.
        foreach (var box in analysis.AuthorBoxes.Concat(analysis.Pruned.Where(p => p.Reason == "author box").Select(p => p.Node)))
            box.Removed = true;
        NodeMetrics.Compute(body);

        var blocks = new HtmlBlockBuilder(analysis.Links, BlockReuse.BySource(analysis.SelectionBlocks)).Build(body.Children.Where(c => !c.Removed));
        blocks.RemoveAll(b => b.Lines.Count == 0);
        var selected = analysis.SelectionBlocks.Select(b => b.Source).ToHashSet(ReferenceEqualityComparer.Instance);
        var flags = NodeFlags.Of(body, analysis.Markers, pruned);
        var facts = new List<BlockFacts>(blocks.Count);
        foreach (var block in blocks)
        {
            var inRoot = analysis.Selection.Any(block.Source.IsInside);
            facts.Add(BlockFacts.Of(block, selected.Contains(block.Source), inRoot, flags.GetValueOrDefault(block.Source)));
        }

        var offsets = new int[blocks.Count];
        int total = 0, selectedChars = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            offsets[i] = total;
            total += facts[i].Shape.Chars;
            if (facts[i].InSelection)
                selectedChars += facts[i].Shape.Chars;
        }
        var page = new BlockFeatures.PageContext(
            analysis.Markers,
            new Dictionary<PageNode, Dictionary<string, int>>(ReferenceEqualityComparer.Instance),
            H1Index: blocks.FindIndex(b => b.Source.Tag == "h1"),
            TotalChars: total,
            PageLinkDensity: (float)body.LinkDensity,
            SelectionShare: total == 0 ? 0 : (float)selectedChars / total,
            TopScore: TopScore(body),
            Signals: PageSignals.Of(analysis.Page, analysis.Facts.CanonicalUrl),
            Title: analysis.Facts.Title);

        for (var i = 0; i < blocks.Count; i++)
        {
            yield return new BlockCandidate(blocks[i], facts[i].Text, facts[i].InSelection, BlockFeatures.Of(blocks, facts, i, offsets, page),
                NodeFlags.Has(facts[i].Flags, NodeFlags.PrunedBit));
        }
    }

    private static double TopScore(PageNode body)
    {
        var top = 0.0;
        foreach (var node in body.Descendants())
        {
            if (node.Score is { } score && score > top)
                top = score;
        }
        return top;
    }
}
