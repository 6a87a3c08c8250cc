using Convert.Core.Model;
using Convert.Core.Reading;
using static Convert.Core.Html.HtmlHeuristics.Standfirsts;

namespace Convert.Core.Html;

/// <summary>
/// The standfirst (dek) of an HTML article: a short first paragraph the page marks as such by class name
/// ("standfirst", "dek", "subtitle", "summary"...). It becomes the article's subtitle instead of body text.
/// </summary>
internal static class Standfirst
{
    /// <summary>
    /// Takes the standfirst out of <paramref name="blocks"/> and returns its text: the first paragraph when it is
    /// marked as one, else <paramref name="nearTitle"/> (found by <see cref="NearTitle"/> before the header was
    /// stripped), whose copy in the body, if any, goes. Null when there is none.
    /// </summary>
    public static string? Take(List<HtmlBlock> blocks, string? nearTitle, ClassMarkers markers)
    {
        if (TakeMarkedFirstParagraph(blocks, markers) is { } marked)
            return marked;
        if (nearTitle is not null)
            RemoveFrom(blocks, nearTitle);
        return nearTitle;
    }

    private static string? TakeMarkedFirstParagraph(List<HtmlBlock> blocks, ClassMarkers markers)
    {
        if (blocks is not [{ Block: Paragraph paragraph } first, _, ..])
            return null;
        var text = paragraph.PlainText.Trim();
        var linked = paragraph.Runs.Where(r => r.LinkUrl is not null).Sum(r => r.Text.Length);
        if (IsCutShort(text) || linked > text.Length * MaxLinkDensity)
            return null;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords || !IsMarked(first.Source, markers))
            return null;
        blocks.RemoveAt(0);
        return text;
    }

    /// <summary>
    /// The standfirst printed beside the title, in the title's header, which is usually stripped as page chrome:
    /// an element marked as a standfirst next to the &lt;h1&gt; that holds <paramref name="title"/>.
    /// </summary>
    public static string? NearTitle(PageNode body, string? title, ClassMarkers markers)
    {
        if (title is null)
            return null;
        var heading = body.Descendants().FirstOrDefault(n => n.Tag == "h1" && Whitespace.SameWords(n.InnerText(), title));
        // The title's own wrapper, then the one around it (header > div.meta > h1 beside header > p.dek).
        foreach (var scope in new[] { heading?.Parent, heading?.Parent?.Parent })
        {
            // Never the whole page or a column holding it: a "summary" in a sidebar is another story's.
            if (scope?.Parent is null || scope.TextLength > MaxHeaderLength)
                break;
            var marked = scope.Descendants().FirstOrDefault(n => n.IsElement && !ReferenceEquals(n, heading)
                && n.Tag is "h2" or "h3" or "h4" or "p" or "div" or "span" && markers.IsStandfirst(n));
            if (marked is not null && marked.LinkDensity < MaxLinkDensity
                && Whitespace.Collapse(marked.InnerText()) is { Length: >= MinLength and <= MaxLength } text && !IsCutShort(text))
                return text;
        }
        return null;
    }

    /// <summary>Takes the block that repeats <paramref name="standfirst"/> out of the body, if there is one.</summary>
    public static void RemoveFrom(List<HtmlBlock> blocks, string standfirst) =>
        blocks.RemoveAll(b => b.Block is Paragraph or Heading && Whitespace.SameWords(b.Block.PlainText, standfirst));

    // "When you walk into almost any store, you're…": a teaser of the first paragraph, not a standfirst.
    private static bool IsCutShort(string text) => text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal);

    // The paragraph itself or a close wrapper carries the marker ("<div class=dek><p>...</p></div>").
    private static bool IsMarked(PageNode source, ClassMarkers markers)
    {
        var node = source;
        for (var level = 0; node is not null && level < MarkerLevels; level++, node = node.Parent)
        {
            if (markers.IsStandfirst(node))
                return true;
        }
        return false;
    }
}
