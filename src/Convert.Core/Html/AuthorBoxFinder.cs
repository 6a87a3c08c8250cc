using Convert.Core.Languages;
using Convert.Core.Reading;
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

    private static readonly HashSet<string> Headings = new(LanguageCatalogue.Union(r => r.AuthorHeadings), StringComparer.OrdinalIgnoreCase);

    private static bool IsBox(PageNode node, ClassMarkers markers) =>
        markers.IsAuthorBox(node)
        || StartsWithAuthorHeading(node)
        || (node.Attribute("itemtype") is { } type && type.EndsWith("schema.org/Person", StringComparison.OrdinalIgnoreCase)
            && node.Descendants().Any(d => d.Attribute("itemprop") is "description"));

    // A box whose first child is an "About the author" heading or caption, whatever its classes say: a sidebar
    // widget (<li class="widget"><h3>About the Author</h3>...), a portlet with a caption row.
    private static bool StartsWithAuthorHeading(PageNode node)
    {
        if (node.Tag is not ("div" or "section" or "aside" or "li") || node.Children.FirstOrDefault(c => c.IsElement && c.TextLength > 0) is not { } first)
            return false;
        return first.TextLength < MaxHeadingLength && Headings.Contains(Whitespace.Collapse(first.InnerText()).TrimEnd(':'));
    }

    private const int MaxHeadingLength = 60;

    private static bool HasBioText(PageNode node) => node.TextLength >= MinBioLength && node.LinkDensity < MaxLinkDensity;

}
