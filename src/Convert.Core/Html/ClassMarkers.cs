// The unlikely-candidate, maybe-candidate, positive, negative and byline names and the unlikely roles start from Mozilla
// Readability's (Readability.js, Copyright (c) 2010 Arc90 Inc, Apache-2.0), with this project's additions. See NOTICE.

using System.Text.RegularExpressions;

namespace Convert.Core.Html;

/// <summary>
/// What class and id names say about an element (see the clutter taxonomy): markers of page chrome and widgets, and
/// markers of article content. Matched against <see cref="PageNode.ClassAndId"/>, which is lower-cased.
/// </summary>
internal static partial class ClassMarkers
{
    /// <summary>Chrome that is taken out before scoring unless a content marker rescues it.</summary>
    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|cookie-(?:banner|bar|consent|notice|law)|consent-(?:banner|manager)|onetrust|cookiebot|taboola|outbrain|sharedaddy|addtoany|addthis|share-?buttons|recirc|most-popular|trending|paywall|signup|navbar|subnav|masthead|toolbar|skip-link|back-to-top|post-navigation|nav-links")]
    private static partial Regex UnlikelyPattern();

    /// <summary>Names that keep an element even when it also carries a chrome marker ("main-header-content").</summary>
    [GeneratedRegex(@"and|article|body|column|content|main|shadow|mathjax|entry|story|post-?text")]
    private static partial Regex MaybeContentPattern();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text")]
    private static partial Regex PositivePattern();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|byline|author|dateline|social|recommend|popular|nav")]
    private static partial Regex NegativePattern();

    /// <summary>Widgets inside an article container that are never article text: share rows, related lists, comments...</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:share|sharing|social|sociable|sharedaddy|sd-sharing|a2a_kit|addtoany|addthis|shareaholic|sharethis|related|jp-relatedposts|yarpp|crp_related|recirc|recommend|outbrain|taboola|comments?|commentlist|respond|disqus|newsletter|subscribe|subscription|signup|optin|mc4wp|paywall|promo|advert|ad-slot|ad-container|adsbygoogle|dfp|post-navigation|nav-links|nav-previous|nav-next|pagination|tags|tag-list|tags-links|post-tags|entry-tags|cat-links|entry-categories|entry-footer|entry-utility|print|printfriendly|article-tools|toolbar|author-bio|author-box|about-author|author-info|bio-box|cookie-notice|cookie-banner|skip-link|back-to-top|noprint|breadcrumbs?)(?:$|[\s_-])")]
    private static partial Regex WidgetPattern();

    /// <summary>Markers of a section label printed above a headline ("kicker", "eyebrow": "Local government").</summary>
    [GeneratedRegex(@"kicker|eyebrow|overline|rubric|section-?label|article-?section|post-?category|primary-?tag")]
    private static partial Regex KickerPattern();

    /// <summary>Markers of an author box ("about the author").</summary>
    [GeneratedRegex(@"author-?bio|author-?box|about-?(?:the-)?author|author-?info|author-?card|author-?description|authorbox|bio-?box|post-author|entry-author|author-profile|contributor-?bio|byline-bio")]
    private static partial Regex AuthorBoxPattern();

    /// <summary>Markers of a byline element.</summary>
    [GeneratedRegex(@"byline|author(?!i[sz]|ity)|dateline|writtenby|p-author")]
    private static partial Regex BylinePattern();

    private static readonly HashSet<string> ChromeRoles = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"];

    public static bool IsUnlikely(PageNode node)
    {
        var names = MarkerNames(node);
        if (names.Length > 0 && UnlikelyPattern().IsMatch(names) && !MaybeContentPattern().IsMatch(names))
            return true;
        return node.Attribute("role") is { } role && ChromeRoles.Contains(role.Trim().ToLowerInvariant());
    }

    /// <summary>+25 for a content name, -25 for a chrome name, each for class and id.</summary>
    public static int Weight(PageNode node)
    {
        var weight = 0;
        if (node.Attribute("class") is { Length: > 0 } classes)
            weight += WeightOf(classes.ToLowerInvariant());
        if (node.Attribute("id") is { Length: > 0 } id)
            weight += WeightOf(id.ToLowerInvariant());
        if (node.Attribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            weight += HtmlHeuristics.Scoring.ArticleBodyItempropWeight;
        return weight;
    }

    private static int WeightOf(string names) =>
        (NegativePattern().IsMatch(names) ? -HtmlHeuristics.Scoring.ClassNameWeight : 0)
        + (PositivePattern().IsMatch(names) ? HtmlHeuristics.Scoring.ClassNameWeight : 0);

    public static bool IsWidget(PageNode node) => MarkerNames(node) is { Length: > 0 } names && WidgetPattern().IsMatch(names);

    // An id made from a heading ("sharing-with-a-single-developer") names a section of the article, not a widget.
    private static string MarkerNames(PageNode node)
    {
        var id = node.Attribute("id");
        return id is not null && id.Count(c => c == '-') >= HtmlHeuristics.SectionIdMinHyphens ? (node.Attribute("class") ?? "").ToLowerInvariant() : node.ClassAndId;
    }

    /// <summary>
    /// True inside a comment section ("comments", "comment-list", "commentlist", "respond", Disqus), where commenters'
    /// names and vcards are never the article's authors. Whole class tokens only: "has-comments" is not one.
    /// </summary>
    public static bool IsInComments(PageNode node)
    {
        for (var parent = node; parent is not null; parent = parent.Parent)
        {
            foreach (var token in parent.ClassAndId.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.StartsWith("comment", StringComparison.Ordinal) || token is "respond" || token.Contains("disqus", StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    public static bool IsKicker(PageNode node) => node.ClassAndId.Length > 0 && KickerPattern().IsMatch(node.ClassAndId);

    public static bool IsAuthorBox(PageNode node) => node.ClassAndId.Length > 0 && AuthorBoxPattern().IsMatch(node.ClassAndId);

    public static bool IsBylineElement(PageNode node) =>
        (node.Attribute("rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        || (node.Attribute("itemprop") is { } itemprop && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
        || (node.ClassAndId.Length > 0 && BylinePattern().IsMatch(node.ClassAndId));
}
