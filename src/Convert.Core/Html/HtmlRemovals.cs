using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>
/// The removals the HTML stages make inside the content: widgets, navigation, forms and images, each credited to the
/// HTML rule (<see cref="ClassMarkers"/>) that names it best.
/// </summary>
internal static class HtmlRemovals
{
    public static IEnumerable<Removal> Of(IEnumerable<(PageNode Node, string Reason)> pruned, IEnumerable<PageNode> images, ClassMarkers markers)
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
            {
                var (ruleId, category) = Credit(node, reason, markers);
                yield return new Removal(ruleId, category, text, HtmlSpans.Of(node));
            }
        }
        foreach (var image in images)
        {
            var label = image.Attribute("alt") is { Length: > 0 } alt ? alt : image.Attribute("src") ?? "image";
            yield return new Removal("html-image", "image", Shorten(label.Trim()), HtmlSpans.Of(image));
        }
    }

    /// <summary>Blocks left out of the body, each with the reason, reported by their own text.</summary>
    public static IEnumerable<Removal> OfBlocks(IEnumerable<(HtmlBlock Block, string Reason)> dropped, ClassMarkers markers)
    {
        foreach (var (block, reason) in dropped)
        {
            var text = Shorten(Whitespace.Collapse(string.Join(' ', block.Lines)));
            if (text.Length == 0)
                continue;
            var (ruleId, category) = Credit(block.Source, reason, markers);
            yield return new Removal(ruleId, category, text, HtmlSpans.Of(block.Source));
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

    // A strong reason first (author box, form, gallery), then the first rule whose label names match, then the tag's.
    private static (string RuleId, string Category) Credit(PageNode node, string reason, ClassMarkers markers)
    {
        var id = reason switch
        {
            "author box" => "html-author-box",
            "form" => "html-form",
            "image gallery" => "html-image",
            _ => null,
        };
        if (id is null && markers.LabelFor(node.ClassAndId) is { } labelled)
            return (labelled.Id, labelled.Category);
        id ??= reason is "navigation" or "section label" ? "html-navigation" : "html-widget";
        // A credited rule a config disabled still names the removal by its built-in id and category.
        return (id, markers.Rule(id)?.Category ?? id["html-".Length..]);
    }

    private static string Shorten(string text) => text.Length <= HtmlHeuristics.MaxRemovalTextLength ? text : text[..HtmlHeuristics.MaxRemovalTextLength].TrimEnd() + "…";

}
