using Convert.Core.Learning;

namespace Convert.Core.Html.Scoring;

/// <summary>
/// Chooses the body blocks of a page with the learned block scorer: every candidate block of the page is scored and
/// kept when the model's probability reaches its threshold. Blocks the rule-based selection held and the model
/// dropped are reported as removals, with the pruner's reason when it had one.
/// </summary>
internal static class LearnedBody
{
    /// <summary>What the scorer chose.</summary>
    /// <param name="Blocks">The kept blocks in page order.</param>
    /// <param name="Dropped">Blocks of the selection's elements that were left out, with the reason.</param>
    internal sealed record Choice(List<HtmlBlock> Blocks, List<(HtmlBlock Block, string Reason)> Dropped);

    public static Choice Choose(HtmlPageAnalysis analysis, BoostedTreesModel model)
    {
        var candidates = CandidateBlocks.Collect(analysis);
        var kept = new List<HtmlBlock>();
        var dropped = new List<BlockCandidate>();
        foreach (var candidate in candidates)
        {
            if (model.Probability(candidate.Features) >= model.Threshold)
                kept.Add(candidate.Block);
            else
                dropped.Add(candidate);
        }
        // A page the model finds nothing on keeps what the rules chose rather than come out empty.
        if (kept.Count == 0)
            return new Choice(analysis.SelectionBlocks, []);
        var reasons = analysis.Pruned.GroupBy(p => p.Node).ToDictionary(g => g.Key, g => g.First().Reason);
        var removals = dropped
            .Where(c => analysis.Selection.Any(c.Block.Source.IsInside))
            .Select(c => (c.Block, ReasonFor(c.Block.Source, reasons)))
            .ToList();
        return new Choice(kept, removals);
    }

    private static string ReasonFor(PageNode source, Dictionary<PageNode, string> reasons)
    {
        for (var node = source; node is not null; node = node.Parent)
        {
            if (reasons.TryGetValue(node, out var reason))
                return reason;
            if (node.Tag is "nav" or "aside" or "menu")
                return "navigation";
        }
        return "low content score";
    }
}
