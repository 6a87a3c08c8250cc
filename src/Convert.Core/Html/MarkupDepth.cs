namespace Convert.Core.Html;

/// <summary>
/// A quick scan of how deep a page's elements nest, before the parser sees it: the parser slows down with the square
/// of the depth (100,000 nested divs take minutes), and no article nests more than a few hundred levels.
/// </summary>
internal static class MarkupDepth
{
    public const int Limit = 2000;

    // Elements that never hold others, or whose end tag pages often leave out (an unclosed <a> cannot nest: a link
    // never holds a link); they do not deepen the count.
    private static readonly HashSet<string> NotNesting =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "a", "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rp", "rt", "image",
    ];

    /// <summary>True when some element is nested more than <see cref="Limit"/> levels deep.</summary>
    public static bool ExceedsLimit(string html)
    {
        var depth = 0;
        var span = html.AsSpan();
        var at = 0;
        while ((at = span.IndexOf('<')) >= 0 && at + 1 < span.Length)
        {
            span = span[(at + 1)..];
            if (span.StartsWith("!--"))
            {
                var end = span.IndexOf("-->");
                if (end < 0)
                    break;
                span = span[(end + 3)..];
                continue;
            }
            var closing = span[0] == '/';
            var name = ReadName(closing ? span[1..] : span);
            if (name.Length == 0)
                continue;
            var tagEnd = span.IndexOf('>');
            var selfClosing = tagEnd > 0 && span[tagEnd - 1] == '/';
            var key = name.ToString().ToLowerInvariant();
            if (NotNesting.Contains(key))
                continue;
            if (key is "script" or "style")
            {
                // Their content is not markup: skip to the end tag.
                var end = span.IndexOf(closing ? ">" : "</" + key, StringComparison.OrdinalIgnoreCase);
                span = end < 0 ? [] : span[end..];
                continue;
            }
            if (closing)
                depth = Math.Max(0, depth - 1);
            else if (!selfClosing && ++depth > Limit)
                return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> ReadName(ReadOnlySpan<char> span)
    {
        var length = 0;
        while (length < span.Length && length < 32 && (char.IsAsciiLetterOrDigit(span[length]) || span[length] == '-'))
            length++;
        return length > 0 && char.IsAsciiLetter(span[0]) ? span[..length] : [];
    }
}
