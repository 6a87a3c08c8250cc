using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>The removals the HTML stages make inside the content: widgets, navigation, forms and images.</summary>
internal static class HtmlRemovals
{
    public static IEnumerable<Removal> Of(IEnumerable<(PageNode Node, string Reason)> pruned, IEnumerable<PageNode> images)
    {
        var list = pruned.ToList();
        var nodes = list.Select(p => p.Node).ToHashSet();
        foreach (var (node, reason) in list)
        {
            // A widget inside a removed widget is reported with it, not again.
            if (HasAncestorIn(node, nodes))
                continue;
            var text = Shorten(Whitespace.Collapse(node.FullText()));
            if (text.Length > 0)
                yield return new Removal(RuleId(node, reason), Category(node, reason), text, Span(node));
        }
        foreach (var image in images)
        {
            var label = image.Attribute("alt") is { Length: > 0 } alt ? alt : image.Attribute("src") ?? "image";
            yield return new Removal("html-image", "image", Shorten(label.Trim()), Span(image));
        }
    }

    private static bool HasAncestorIn(PageNode node, HashSet<PageNode> nodes)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (nodes.Contains(parent))
                return true;
        }
        return false;
    }

    private static string RuleId(PageNode node, string reason) => "html-" + Category(node, reason);

    private static string Category(PageNode node, string reason)
    {
        var names = node.ClassAndId;
        return reason switch
        {
            "author box" => "author-box",
            "form" => "form",
            "image gallery" => "image",
            _ when Has(names, "share", "social", "sharing", "addtoany", "addthis", "sharedaddy") => "share",
            _ when Has(names, "comment", "respond", "disqus") => "comments",
            _ when Has(names, "related", "recirc", "recommend", "outbrain", "taboola", "most-read", "popular", "trending", "read-more") => "related",
            _ when Has(names, "newsletter", "subscribe", "signup", "optin", "paywall") => "newsletter",
            _ when Has(names, "tag", "cat-links", "categor") => "tags",
            _ when Has(names, "advert", "dfp", "promo", "sponsor") || IsAdToken(names) => "ads",
            _ when reason is "navigation" or "section label" || Has(names, "nav", "pagination", "pager", "breadcrumb", "menu") => "navigation",
            _ => "widget",
        };
    }

    // "ad-slot", "ads", "top-ad", but not "read-more" or "header".
    private static bool IsAdToken(string names) =>
        names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t =>
            t is "ad" or "ads" || t.StartsWith("ad-", StringComparison.Ordinal) || t.StartsWith("ads-", StringComparison.Ordinal)
            || t.EndsWith("-ad", StringComparison.Ordinal) || t.Contains("-ad-", StringComparison.Ordinal));

    private static bool Has(string names, params ReadOnlySpan<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (names.Contains(token, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static string Shorten(string text) => text.Length <= HtmlHeuristics.MaxRemovalTextLength ? text : text[..HtmlHeuristics.MaxRemovalTextLength].TrimEnd() + "…";

    private static SourceSpan Span(PageNode node) => new(node.Line, node.Line, node.ElementPath());
}
