using System.Text.RegularExpressions;
using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>
/// The standfirst (dek) of an HTML article: a short first paragraph the page marks as such by class name
/// ("standfirst", "dek", "subtitle", "summary"...). It becomes the article's subtitle instead of body text.
/// </summary>
internal static partial class Standfirst
{
    private const int MaxWords = 60;

    /// <summary>Takes the standfirst out of <paramref name="blocks"/> and returns its text, or null.</summary>
    public static string? Take(List<HtmlBlock> blocks)
    {
        if (blocks is not [{ Block: Paragraph paragraph } first, _, ..])
            return null;
        var text = paragraph.PlainText.Trim();
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords || !IsMarked(first.Source))
            return null;
        blocks.RemoveAt(0);
        return text;
    }

    // The paragraph itself or a close wrapper carries the marker ("<div class=dek><p>...</p></div>").
    private static bool IsMarked(PageNode source)
    {
        var node = source;
        for (var level = 0; node is not null && level < 3; level++, node = node.Parent)
        {
            if (node.ClassAndId.Length > 0 && Marker().IsMatch(node.ClassAndId))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"standfirst|(?:^|[\s_-])dek(?:$|[\s_-])|subtitle|sub-?head(?:line)?|summary|excerpt|(?:^|[\s_-])lede(?:$|[\s_-])|article-?intro|strapline|kicker-?text")]
    private static partial Regex Marker();
}
