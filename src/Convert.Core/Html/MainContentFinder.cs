// The candidate selection follows Mozilla Readability (Readability.js, Copyright (c) 2010 Arc90 Inc, Apache-2.0): strip
// unlikely candidates, score, compare the top candidates, climb to a better-scoring parent, join siblings, and retry
// without stripping when too little text is left. See NOTICE.

using System.Text.RegularExpressions;
using static Convert.Core.Html.HtmlHeuristics.Selection;
using static Convert.Core.Html.HtmlHeuristics.Siblings;

namespace Convert.Core.Html;

/// <summary>
/// Finds the elements that hold the article: strips chrome by tag, role and class names, scores what is left
/// (<see cref="ContentScorer"/>), takes the best candidate or a common ancestor of several good ones, then adds the
/// siblings that read like more of the article. When stripping chrome leaves too little text it tries again without.
/// </summary>
internal static partial class MainContentFinder
{
    /// <summary>The content elements in page order; the whole body when nothing stands out.</summary>
    /// <param name="body">The page body.</param>
    /// <param name="markers">The class, id and role names in effect.</param>
    /// <param name="chrome">
    /// The chrome stripped from inside the content (share rows, related lists...), with the reason: the pruner never
    /// sees them, so the article's removals list them from here.
    /// </param>
    public static IReadOnlyList<PageNode> Find(PageNode body, ClassMarkers markers, out List<(PageNode Node, string Reason)> chrome)
    {
        var stripped = StripChrome(body, markers);
        NodeMetrics.Compute(body);
        var best = Select(body, useWeights: true, markers);
        var bestLength = TextLength(best);
        if (bestLength >= EnoughText || stripped.Count == 0)
        {
            chrome = ChromeInside(best, stripped);
            return best;
        }

        // Too little: the chrome markers probably hit the article itself ("two-col-sidebar-layout"). Put everything
        // back and score again, first still trusting class names, then not. Lengths are taken when each attempt is
        // made: the metrics change with what is stripped.
        var bestStripped = true;
        var bestWeights = true;
        SetRemoved(stripped, false);
        foreach (var useWeights in new[] { true, false })
        {
            ResetScores(body);
            NodeMetrics.Compute(body);
            var attempt = Select(body, useWeights, markers);
            var length = TextLength(attempt);
            if (length > bestLength && !(attempt is [var only] && ReferenceEquals(only, body) && bestLength > 0))
                (best, bestLength, bestStripped, bestWeights) = (attempt, length, false, useWeights);
            if (bestLength >= EnoughText)
                break;
        }
        if (bestStripped)
            SetRemoved(stripped, true);
        chrome = bestStripped ? ChromeInside(best, stripped) : [];
        ResetScores(body);
        NodeMetrics.Compute(body);
        // The pruner reads the scores: give the chosen attempt's back.
        _ = ContentScorer.Score(body, bestWeights, markers);
        return best;
    }

    // Nested chrome is listed too: a removal's text leaves out removed descendants, so each piece is listed once.
    private static List<(PageNode Node, string Reason)> ChromeInside(IReadOnlyList<PageNode> content, List<PageNode> stripped) =>
        stripped
            .Where(node => content.Any(node.IsInside))
            .Select(node => (node, node.Tag is "nav" or "aside" or "menu" ? "navigation" : "widget"))
            .ToList();

    private static void SetRemoved(List<PageNode> nodes, bool removed)
    {
        foreach (var node in nodes)
            node.Removed = removed;
    }

    private static List<PageNode> StripChrome(PageNode body, ClassMarkers markers)
    {
        var removed = new List<PageNode>();
        foreach (var node in body.Descendants())
        {
            if (!node.IsElement || node.Tag is "a" or "article" or "main")
                continue;
            var chromeTag = node.Tag is "nav" or "aside" or "menu";
            if (chromeTag || (markers.IsUnlikely(node) && !node.HasAncestor("table", "code", "pre")))
            {
                node.Removed = true;
                removed.Add(node);
            }
        }
        return removed;
    }

    private static void ResetScores(PageNode body)
    {
        body.Score = null;
        foreach (var node in body.Descendants())
            node.Score = null;
    }

    private static List<PageNode> Select(PageNode body, bool useWeights, ClassMarkers markers)
    {
        var candidates = ContentScorer.Score(body, useWeights, markers);
        if (candidates.Count == 0)
            return [body];
        var ranked = candidates.OrderByDescending(ContentScorer.Final).Take(TopCandidates).ToList();
        var top = ranked[0];
        if (ReferenceEquals(top, body))
            return [body];
        top = CommonAncestorOfGoodCandidates(top, ranked, body) ?? top;
        // A quote, list or cell that won on its class name is a part of the article, never all of it.
        while (top.Tag is "blockquote" or "ul" or "ol" or "li" or "td" or "tr" or "table" or "pre" or "figure" or "p"
            && top.Parent is { } holder && !ReferenceEquals(holder, body))
            top = holder;
        top = ClimbWhileParentScoresBetter(top, body);
        while (top.Parent is { } parent && !ReferenceEquals(parent, body) && LiveElementChildren(parent) == 1)
            top = parent;
        return WithSiblings(top, body, markers);
    }

    // Several near-equal candidates under one element: the article is split into parts, take the element holding them.
    private static PageNode? CommonAncestorOfGoodCandidates(PageNode top, List<PageNode> ranked, PageNode body)
    {
        var topScore = ContentScorer.Final(top);
        var alternatives = ranked.Skip(1).Where(c => topScore > 0 && ContentScorer.Final(c) / topScore >= NearEqualScoreRatio).ToList();
        if (alternatives.Count < MinNearEqualCandidates)
            return null;
        for (var parent = top.Parent; parent is not null && !ReferenceEquals(parent, body); parent = parent.Parent)
        {
            if (alternatives.Count(a => a.IsInside(parent)) >= MinNearEqualCandidates)
                return parent;
        }
        return null;
    }

    private static PageNode ClimbWhileParentScoresBetter(PageNode top, PageNode body)
    {
        var last = top.Score ?? 0;
        var threshold = last / ClimbScoreDivisor;
        for (var parent = top.Parent; parent is not null && !ReferenceEquals(parent, body); parent = parent.Parent)
        {
            if (parent.Score is not { } score)
                continue;
            if (score < threshold)
                break;
            if (score > last)
                return parent;
            last = score;
        }
        return top;
    }

    private static List<PageNode> WithSiblings(PageNode top, PageNode body, ClassMarkers markers)
    {
        var parent = top.Parent ?? body;
        var threshold = Math.Max(MinScore, (top.Score ?? 0) * ScoreShare);
        var topClass = top.Attribute("class");
        var chosen = new List<PageNode>();
        foreach (var sibling in parent.Children)
        {
            if (sibling.Removed || sibling.IsText)
                continue;
            if (ReferenceEquals(sibling, top))
            {
                chosen.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.Attribute("class") == topClass ? (top.Score ?? 0) * SameClassBonusShare : 0;
            if (sibling.Score is { } score && score + bonus >= threshold)
            {
                chosen.Add(sibling);
            }
            else if (sibling.Score is null && IsProseBlock(sibling, markers))
            {
                // Part of the article nested too deep for the scores to reach its wrapper (a section split off by a
                // full-width figure or an aside).
                chosen.Add(sibling);
            }
            else if (sibling.Tag == "p" || (sibling.Tag == "div" && HtmlTags.HasOnlyInlineContent(sibling)))
            {
                var length = sibling.TextLength;
                var density = sibling.LinkDensity;
                if ((length > LongParagraphLength && density < LongParagraphMaxLinkDensity)
                    || (length is > 0 and <= LongParagraphLength && density == 0 && SentenceEnd().IsMatch(sibling.InnerText())))
                    chosen.Add(sibling);
            }
        }
        return chosen;
    }

    private static bool IsProseBlock(PageNode node, ClassMarkers markers) =>
        node.TextLength > ProseBlockMinLength && node.LinkDensity < ProseBlockMaxLinkDensity && node.Commas >= ProseBlockMinCommas
        && !markers.IsUnlikely(node);

    private static int LiveElementChildren(PageNode node) => node.Children.Count(c => !c.Removed && c.IsElement);

    private static int TextLength(IReadOnlyList<PageNode> nodes) => nodes.Sum(n => n.TextLength);

    [GeneratedRegex(@"\.( |$)")]
    private static partial Regex SentenceEnd();
}
