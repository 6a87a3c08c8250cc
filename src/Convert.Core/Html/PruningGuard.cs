namespace Convert.Core.Html;

/// <summary>
/// Undoes the judgement-based part of pruning when it took nearly all of the article's prose: class names such as
/// "widget-block" or "promo-section" on every section of a page, or short sections each judged a widget, say more
/// about a site's naming than about its content. Navigation, forms and author boxes stay out.
/// </summary>
internal static class PruningGuard
{
    private static readonly HashSet<string> KeptReasons = ["navigation", "form", "author box"];

    /// <summary>The prose (text outside links) of the content, as the metrics stand.</summary>
    public static int Prose(IReadOnlyList<PageNode> content) => content.Sum(n => n.TextLength - n.LinkLength);

    /// <summary>The removals that stand; the others are put back into the page and the metrics recomputed.</summary>
    public static List<(PageNode Node, string Reason)> Check(
        IReadOnlyList<PageNode> content, int proseBefore, List<(PageNode Node, string Reason)> removed)
    {
        if (proseBefore < HtmlHeuristics.Selection.EnoughText
            || Prose(content) >= (1 - HtmlHeuristics.Hiding.NearlyAllShare) * proseBefore)
            return removed;
        var kept = new List<(PageNode, string)>();
        foreach (var (node, reason) in removed)
        {
            if (KeptReasons.Contains(reason))
                kept.Add((node, reason));
            else
                node.Removed = false;
        }
        foreach (var root in content)
            NodeMetrics.Compute(root);
        return kept;
    }
}
