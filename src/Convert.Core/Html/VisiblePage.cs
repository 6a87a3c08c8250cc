namespace Convert.Core.Html;

/// <summary>
/// Builds the page a reader sees. Hiding rules are right on almost every page, but some pages ship their whole content
/// hidden and let a script show it: a <c>hidden</c> class removed once loaded, <c>aria-hidden</c> on the page wrapper
/// while a modal is open, <c>display:none</c> on a body revealed by a script, streamed server rendering in
/// <c>&lt;div hidden&gt;</c>, a forum's readable page in <c>&lt;noscript&gt;</c>; and a parser can nest the rest of a
/// page inside an SVG shape or a button left open. A rule that hid nearly all of a page's prose is suspended and the
/// page built again without it, so a page with text is never refused as empty.
/// </summary>
internal static class VisiblePage
{
    public static HtmlPage Build(string html)
    {
        var page = PageBuilder.Build(html);
        NodeMetrics.Compute(page.Body);
        // Suspending one rule can uncover content another rule hides (a hidden wrapper inside an open button), so the
        // check runs again on the rebuilt page; each round suspends at least one more rule, so this ends.
        var suspended = HidingRules.None;
        while (RulesHidingNearlyAll(page) is var more and not HidingRules.None)
        {
            suspended |= more;
            page = PageBuilder.Build(html, suspended);
            NodeMetrics.Compute(page.Body);
        }
        return page;
    }

    /// <summary>
    /// The rules whose hidden prose is nearly all the prose the page would have with that rule suspended; on a page
    /// with no text left at all, every rule that hid a paragraph's worth of text, links included.
    /// </summary>
    internal static HidingRules RulesHidingNearlyAll(HtmlPage page)
    {
        var visibleProse = page.Body.TextLength - page.Body.LinkLength;
        var suspended = HidingRules.None;
        foreach (var rule in page.HiddenProse.Rules)
        {
            var hidden = page.HiddenProse.HiddenBy(rule);
            if (hidden >= HtmlHeuristics.Hiding.MinSuspendedProse
                && hidden >= HtmlHeuristics.Hiding.NearlyAllShare * (visibleProse + hidden))
                suspended |= rule;
        }
        if (suspended == HidingRules.None && page.Body.TextLength == 0)
        {
            foreach (var rule in page.HiddenProse.Rules)
            {
                if (page.HiddenProse.TextHiddenBy(rule) >= HtmlHeuristics.Hiding.MinSuspendedProse)
                    suspended |= rule;
            }
        }
        return suspended & ~page.SuspendedHiding;
    }
}
