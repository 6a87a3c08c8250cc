namespace Convert.Core.Html;

/// <summary>
/// Counts, before the parser runs, what it will build: element nesting depth and nodes (elements, text runs,
/// comments). Depth costs the parser time with its square (100,000 nested divs take minutes) and nodes cost memory
/// (about 1.5 KB each through the whole conversion), so both are bounded. The scan follows the parser's rules, so
/// it cannot be fooled: an end tag closes only the current element (a stray <c>&lt;/i&gt;</c> closes nothing),
/// a <c>/&gt;</c> inside a quoted attribute does not end the tag, elements the parser closes implicitly
/// (<c>p</c>, <c>li</c>, <c>a</c>, table cells) do not deepen it, and script and style content is text.
/// </summary>
internal static class MarkupDepth
{
    public const int Limit = 2000;

    // Elements that never hold others, or that the parser closes when the next one opens (a link never holds a
    // link); they do not deepen the count.
    private static readonly HashSet<string> NotNesting =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "a", "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rp", "rt", "image",
    ];

    /// <summary>True when some element is nested more than <see cref="Limit"/> levels deep.</summary>
    public static bool ExceedsLimit(string html) => Scan(html, int.MaxValue).Depth > Limit;

    /// <summary>The deepest nesting and the node count, the scan stopping as soon as either passes its limit.</summary>
    public static MarkupShape Scan(string html, int maxNodes)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = new List<string>();
        var depth = 0;
        var nodes = 0;
        var at = 0;
        while (at < html.Length && depth <= Limit && nodes <= maxNodes)
        {
            var lt = html.IndexOf('<', at);
            if (lt < 0)
            {
                nodes++; // the trailing text
                break;
            }
            if (lt > at)
                nodes++;
            at = ReadMarkup(html, lt, open, ref nodes);
            depth = Math.Max(depth, open.Count);
        }
        return new MarkupShape(depth, nodes);
    }

    /// <summary>Reads the markup at <paramref name="lt"/> and returns where the text after it starts.</summary>
    private static int ReadMarkup(string html, int lt, List<string> open, ref int nodes)
    {
        var rest = html.AsSpan(lt + 1);
        if (rest.StartsWith("!--"))
        {
            nodes++;
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }
        var closing = rest.Length > 0 && rest[0] == '/';
        var name = ReadName(closing ? rest[1..] : rest);
        if (name.Length == 0)
            return lt + 1; // a lone "<" is text
        var (tagEnd, selfClosing) = EndOfTag(html, lt + 1);
        var key = name.ToString().ToLowerInvariant();
        if (closing)
        {
            Close(key, open);
            return tagEnd;
        }
        nodes++;
        if (key is "script" or "style" or "textarea" or "title")
        {
            // Their content is text up to the end tag.
            var end = html.IndexOf("</" + key, tagEnd, StringComparison.OrdinalIgnoreCase);
            if (end > tagEnd)
                nodes++;
            return end < 0 ? html.Length : EndOfTag(html, end + 1).End;
        }
        if (!selfClosing && !NotNesting.Contains(key))
            open.Add(key);
        return tagEnd;
    }

    // As the parser does (without its nested-tag fixing): an end tag closes the current element when the names
    // match, and is ignored otherwise, even when an element of that name is open further out.
    private static void Close(string key, List<string> open)
    {
        if (open.Count > 0 && open[^1] == key)
            open.RemoveAt(open.Count - 1);
    }

    /// <summary>The index after the tag's closing '&gt;' (quoted attribute values may hold one) and whether it ends with "/&gt;".</summary>
    private static (int End, bool SelfClosing) EndOfTag(string html, int from)
    {
        var quote = '\0';
        var afterEquals = false;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
                continue;
            }
            if (c == '>')
                return (i + 1, html[i - 1] == '/');
            if (afterEquals && c is '"' or '\'')
                quote = c;
            else if (c == '=')
                afterEquals = true;
            else if (!char.IsWhiteSpace(c))
                afterEquals = false;
        }
        return (html.Length, false);
    }

    private static ReadOnlySpan<char> ReadName(ReadOnlySpan<char> span)
    {
        var length = 0;
        while (length < span.Length && length < 32 && (char.IsAsciiLetterOrDigit(span[length]) || span[length] == '-'))
            length++;
        return length > 0 && char.IsAsciiLetter(span[0]) ? span[..length] : [];
    }
}

/// <summary>What a page's markup will build: its deepest nesting and its node count.</summary>
internal readonly record struct MarkupShape(int Depth, int Nodes);
