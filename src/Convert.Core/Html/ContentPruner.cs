// The conditional cleaning of blocks (LooksLikeChrome) follows Mozilla Readability's _cleanConditionally
// (Readability.js, Copyright (c) 2010 Arc90 Inc, Apache-2.0), with thresholds changed as HtmlHeuristics says. See NOTICE.

using static Convert.Core.Html.HtmlHeuristics.Pruning;

namespace Convert.Core.Html;

/// <summary>
/// Cleans inside the chosen content: widgets named by class (share rows, related lists, comments, tag lists, author
/// boxes, ads), navigation and forms, and blocks that look like link lists or image galleries rather than prose.
/// Returns what it took out so the article's removals can list it.
/// </summary>
internal static class ContentPruner
{
    public static List<(PageNode Node, string Reason)> Prune(IReadOnlyList<PageNode> content, ClassMarkers markers)
    {
        var removed = new List<(PageNode, string)>();
        foreach (var root in content)
        {
            // Deepest first, so a widget inside a section is judged before the section.
            var elements = root.Descendants().Where(n => n.IsElement).ToList();
            for (var i = elements.Count - 1; i >= 0; i--)
            {
                var node = elements[i];
                if (node.Removed || IsRemovedAbove(node, root))
                    continue;
                if (ReasonToRemove(node, markers) is { } reason)
                {
                    node.Removed = true;
                    removed.Add((node, reason));
                    Subtract(node, root);
                }
            }
        }
        return removed;
    }

    private static bool IsRemovedAbove(PageNode node, PageNode root)
    {
        for (var parent = node.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
        {
            if (parent.Removed)
                return true;
        }
        return false;
    }

    private static string? ReasonToRemove(PageNode node, ClassMarkers markers)
    {
        if (node.Tag is "nav" or "aside" or "menu")
            return "navigation";
        if (node.Tag == "form")
            return node.TextLength < MaxFormLength || node.LinkDensity > FormMaxLinkDensity ? "form" : null;
        if (node.Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && markers.Weight(node) < 0)
            return "heading with a chrome class";
        if (markers.IsAuthorBox(node))
            return "author box";
        if (markers.IsKicker(node) && node.TextLength < MaxKickerLength)
            return "section label";
        if (markers.IsWidget(node) && node.TextLength < MaxWidgetLength && !IsBodyText(node))
            return "widget";
        if (node.Tag is "div" or "section" or "ul" or "ol" or "table" or "header" or "footer" or "fieldset" or "figure")
            return LooksLikeChrome(node, markers);
        return null;
    }

    // A widget marker on the paragraph element itself ("entry-content print-friendly") does not make prose clutter.
    private static bool IsBodyText(PageNode node) => node.Tag is "p" or "blockquote" && node.TextLength > BodyTextMinLength && node.LinkDensity < BodyTextMaxLinkDensity;

    /// <summary>The conditional cleaning of block containers: link lists, galleries and forms masquerading as content.</summary>
    private static string? LooksLikeChrome(PageNode node, ClassMarkers markers)
    {
        if (node.Commas >= ProseCommas)
            return null;
        int paragraphs = 0, images = 0, items = 0, inputs = 0, embeds = 0, headings = 0;
        foreach (var descendant in node.Descendants())
        {
            switch (descendant.Tag)
            {
                case "p": paragraphs++; break;
                case "img": images++; break;
                case "li": items++; break;
                case "input" or "textarea" or "select": inputs++; break;
                case "iframe" or "video" or "embed" or "object": embeds++; break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": headings++; break;
            }
        }
        var weight = markers.Weight(node);
        if (weight < 0 && weight + (node.Score ?? 0) < 0)
            return "block with a chrome class";
        var isList = node.Tag is "ul" or "ol";
        var length = node.TextLength;
        var density = node.LinkDensity;
        if (node.Tag == "figure")
            return null;
        if (images > 1 && paragraphs < images * GalleryParagraphsPerImage && length < GalleryMaxLength)
            return "image gallery";
        if (!isList && items > paragraphs + LinkListExtraItems && density > LinkListMaxLinkDensity)
            return "link list";
        if (inputs > paragraphs / ParagraphsPerInput && inputs > 0)
            return "form";
        if (!isList && length < ShortBlockLength && images == 0 && headings == 0 && node.Tag is not ("table" or "header") && !HasCode(node))
            return length == 0 ? null : "short block";
        // A list of links inside the article is usually part of it (sources, changelogs); lists of related links are
        // caught by their class names and the text rules instead.
        if (!isList && weight < HtmlHeuristics.Scoring.ClassNameWeight && density > LinkListMaxLinkDensity && length < LinkListMaxLength)
            return "link list";
        if (weight >= HtmlHeuristics.Scoring.ClassNameWeight && density > ContentBlockMaxLinkDensity)
            return "link list";
        return null;
    }

    private static bool HasCode(PageNode node) => node.Descendants().Any(d => d.Tag is "pre" or "code");

    // Keeps the ancestors' metrics honest after a removal, so later judgements see what is left.
    private static void Subtract(PageNode node, PageNode root)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            parent.TextLength -= node.TextLength;
            parent.LinkLength -= parent.Tag == "a" ? node.TextLength : node.LinkLength;
            parent.Commas -= node.Commas;
            if (ReferenceEquals(parent, root))
                break;
        }
    }
}
