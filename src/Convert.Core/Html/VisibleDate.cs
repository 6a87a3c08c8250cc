using Convert.Core.Reading;
using Convert.Core.Splitting;

namespace Convert.Core.Html;

/// <summary>
/// A publication date printed near the headline without markup that names it ("July 2, 2025" under the h1,
/// "Published August 7, 2023", "Updated on October 21, 2025"), or in a &lt;time&gt; element without a datetime
/// attribute. Only a text that is a date line as a whole counts (<see cref="DateParser.ParseDateLine"/>): a date
/// inside a sentence is the article's, not its publication date.
/// </summary>
internal static class VisibleDate
{
    // How many text nodes after the headline are searched, and how many before it (a date above the headline).
    private const int TextNodesAfter = 30;
    private const int TextNodesBefore = 8;
    private const int MaxDateLineLength = 60;

    public static string? InTimeElement(PageNode body, ClassMarkers markers)
    {
        foreach (var node in body.Descendants())
        {
            if (node.Tag == "time" && !markers.IsInComments(node) && DateLine(node.InnerText()) is { } date)
                return date;
        }
        return null;
    }

    public static string? NearHeadline(PageNode body, ClassMarkers markers)
    {
        var texts = new List<PageNode>();
        var headline = -1;
        foreach (var node in body.Descendants())
        {
            if (headline < 0 && node.Tag == "h1")
                headline = texts.Count;
            else if (node.IsText && !string.IsNullOrWhiteSpace(node.Text))
                texts.Add(node);
            if (headline >= 0 && texts.Count > headline + TextNodesAfter)
                break;
        }
        if (headline < 0)
            return null;
        for (var i = headline; i < Math.Min(texts.Count, headline + TextNodesAfter); i++)
        {
            if (DateOf(texts[i], markers) is { } date)
                return date;
        }
        for (var i = headline - 1; i >= Math.Max(0, headline - TextNodesBefore); i--)
        {
            if (DateOf(texts[i], markers) is { } date)
                return date;
        }
        return null;
    }

    // The text node alone ("July 2, 2025"), else its element's whole text ("Published <b>July 2, 2025</b>").
    private static string? DateOf(PageNode text, ClassMarkers markers)
    {
        if (text.Parent is { } parent && markers.IsInComments(parent))
            return null;
        return DateLine(text.Text!) ?? (text.Parent is { } element ? DateLine(element.InnerText()) : null);
    }

    private static string? DateLine(string text)
    {
        var line = Whitespace.Collapse(text);
        return line.Length is > 0 and <= MaxDateLineLength ? DateParser.ParseDateLine(line) : null;
    }
}
