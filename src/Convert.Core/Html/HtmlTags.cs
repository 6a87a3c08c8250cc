namespace Convert.Core.Html;

/// <summary>How the extractor groups HTML elements.</summary>
internal static class HtmlTags
{
    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "details", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "ul", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "summary", "center", "menu",
    ];

    public static bool IsBlock(string tag) => Blocks.Contains(tag);

    public static bool IsHeading(string tag) => tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    public static int HeadingLevel(string tag) => tag[1] - '0';

    /// <summary>True when an element holds text directly, not other blocks: it is scored as a paragraph.</summary>
    public static bool HasOnlyInlineContent(PageNode node)
    {
        foreach (var child in node.Children)
        {
            if (!child.Removed && child.IsElement && IsBlock(child.Tag))
                return false;
        }
        return true;
    }
}
