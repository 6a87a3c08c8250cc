using Convert.Core.Learning;
using Convert.Core.Model;

namespace Convert.Core.Html.Scoring;

/// <summary>
/// Chooses the body blocks of a page with the learned block scorer: every candidate block of the page is scored and
/// kept when the model's probability reaches its threshold. What it drops of the rule-based selection is reported as
/// removals: a widget the pruner named is listed once, whole, with the pruner's reason; other blocks one by one.
/// </summary>
internal static class LearnedBody
{
    /// <summary>
    /// A block the rules left out of the selection needs at least this probability: the model is trained with
    /// blocks weighted by their words, so it is least sure of short blocks outside the selection (menus, share rows,
    /// site names), which are what leaks boilerplate. Set on the shipped model, not cross-validated.
    /// </summary>
    public const double OutsideSelectionThreshold = 0.6;

    /// <summary>
    /// A sentence-length block the rules selected is dropped only below this probability. The model learnt WCXB's labels,
    /// where notes such as "first published at ..." are not main content, and it leans on position and sibling
    /// repetition, so on pages unlike its training (a very long article of similar paragraphs) it dropped real
    /// paragraphs, and it dropped notes before the text rules could read them as metadata. Set by hand, not
    /// cross-validated.
    /// </summary>
    public const double SelectedProseThreshold = 0.1;

    private const int ProseWords = 8;

    /// <summary>What the scorer chose.</summary>
    /// <param name="Blocks">The kept blocks in page order.</param>
    /// <param name="Removals">What was left out of the rule-based selection.</param>
    internal sealed record Choice(List<HtmlBlock> Blocks, List<Removal> Removals);

    public static Choice Choose(HtmlPageAnalysis analysis, BoostedTreesModel model)
    {
        var kept = new List<HtmlBlock>();
        var dropped = new List<(HtmlBlock Block, string Text)>();
        foreach (var candidate in CandidateBlocks.Each(analysis))
        {
            var threshold = !candidate.InSelection ? Math.Max(model.Threshold, OutsideSelectionThreshold)
                : IsProse(candidate.Text) ? Math.Min(model.Threshold, SelectedProseThreshold)
                : model.Threshold;
            // Chrome the rules named (nav, aside, ARIA roles, chrome and widget class names) stays out: those rules are
            // right on nearly every page, and the model is least sure of the short blocks they take.
            if (!candidate.RemovedByRules && model.Probability(candidate.Features) >= threshold)
                kept.Add(candidate.Block);
            else
                dropped.Add((candidate.Block, candidate.Text));
        }
        // A page the model finds nothing on keeps what the rules chose rather than come out empty.
        if (kept.Count == 0)
            return new Choice(analysis.SelectionBlocks, [.. HtmlRemovals.Of(analysis.Pruned, analysis.SelectionImages, analysis.Markers)]);

        var reasons = new Dictionary<PageNode, string>(ReferenceEqualityComparer.Instance);
        foreach (var (node, reason) in analysis.Pruned)
            reasons.TryAdd(node, reason);
        var wholeWidgets = new HashSet<PageNode>(ReferenceEqualityComparer.Instance);
        var single = new List<(HtmlBlock, string)>();
        // The title's heading is metadata, printed as the title: leaving it out of the body is not a removal.
        var title = analysis.Facts.Title;
        foreach (var candidate in dropped.Where(c => analysis.Selection.Any(c.Block.Source.IsInside)
                     && !(title is not null && TextMatch.SameText(c.Text, title))))
        {
            var widget = PrunedAncestor(candidate.Block.Source, reasons);
            if (widget is not null && !kept.Any(k => k.Source.IsInside(widget)))
                wholeWidgets.Add(widget);
            else
                single.Add((candidate.Block, widget is not null ? reasons[widget] : ReasonFor(candidate.Block.Source)));
        }
        var removals = HtmlRemovals.Of(analysis.Pruned.Where(p => wholeWidgets.Contains(p.Node)), [], analysis.Markers)
            .Concat(HtmlRemovals.OfBlocks(single, analysis.Markers))
            .Concat(HtmlRemovals.Of([], analysis.SelectionImages, analysis.Markers))
            .ToList();
        return new Choice(kept, removals);
    }

    private static bool IsProse(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var words = 0;
        foreach (var _ in trimmed.Split(' '))
        {
            if (++words >= ProseWords)
                return true;
        }
        return false;
    }

    private static PageNode? PrunedAncestor(PageNode source, Dictionary<PageNode, string> reasons)
    {
        PageNode? outermost = null;
        for (var node = source; node is not null; node = node.Parent)
        {
            if (reasons.ContainsKey(node))
                outermost = node;
        }
        return outermost;
    }

    private static string ReasonFor(PageNode source)
    {
        for (var node = source; node is not null; node = node.Parent)
        {
            if (node.Tag is "nav" or "aside" or "menu")
                return "navigation";
        }
        return "low content score";
    }
}
