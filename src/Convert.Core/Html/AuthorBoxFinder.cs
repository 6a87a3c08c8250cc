using static Convert.Core.Html.HtmlHeuristics.AuthorBoxes;

namespace Convert.Core.Html;

/// <summary>
/// Finds the page's author boxes ("About the author", author-bio, author-box, a schema.org Person with a
/// description), outside the comments where commenters' vcards live. Their text goes to the authors, never the body.
/// </summary>
internal static class AuthorBoxFinder
{
    public static List<PageNode> Find(PageNode body, ClassMarkers markers)
    {
        var boxes = new List<PageNode>();
        foreach (var node in body.Descendants())
        {
            if (!node.IsElement || !IsBox(node, markers) || node.TextLength is < MinLength or > MaxLength)
                continue;
            if (boxes.Any(node.IsInside) || markers.IsInComments(node))
                continue;
            // A byline box with a name only ("author-info": "Jane Doe") is a byline, not a bio.
            if (!HasBioText(node))
                continue;
            boxes.Add(node);
        }
        return boxes;
    }

    private static bool IsBox(PageNode node, ClassMarkers markers) =>
        markers.IsAuthorBox(node)
        || (node.Attribute("itemtype") is { } type && type.EndsWith("schema.org/Person", StringComparison.OrdinalIgnoreCase)
            && node.Descendants().Any(d => d.Attribute("itemprop") is "description"));

    private static bool HasBioText(PageNode node) => node.TextLength >= MinBioLength && node.LinkDensity < MaxLinkDensity;

}
