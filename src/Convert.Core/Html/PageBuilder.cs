using System.Net;
using Convert.Core.Reading;
using HtmlAgilityPack;

namespace Convert.Core.Html;

/// <summary>
/// Parses HTML with HtmlAgilityPack and copies what extraction needs into an <see cref="HtmlPage"/>: the body without
/// comments, scripts, styles, form controls and hidden elements; and the head facts (meta, JSON-LD, links, title).
/// </summary>
internal static class PageBuilder
{
    /// <param name="html">The page source.</param>
    /// <param name="suspended">Hiding rules not to apply on this page (see <see cref="VisiblePage"/>).</param>
    public static HtmlPage Build(string html, HidingRules suspended = HidingRules.None)
    {
        var document = new HtmlDocument
        {
            OptionCheckSyntax = false,
            OptionFixNestedTags = false,
            OptionAutoCloseOnEnd = true,
            OptionUseIdAttribute = false,
            // The text is decoded already; the parser would look the page's charset up again and throw on utf-7.
            OptionReadEncoding = false,
            // The parser's own count backs up PageLimits' scan: it stops at the depth instead of going quadratic.
            OptionMaxNestedChildNodes = MarkupDepth.Limit,
        };
        try
        {
            document.LoadHtml(html);
        }
        catch (Exception e) when (e.GetType() == typeof(Exception) && e.Message.Contains("nested tags", StringComparison.Ordinal))
        {
            throw new InputFormatException($"elements nested more than {MarkupDepth.Limit:N0} levels deep; not an article page");
        }

        var root = PageNode.Element("body", null, 1);
        var page = new HtmlPage { Body = root, SuspendedHiding = suspended };
        var htmlElement = document.DocumentNode.ChildNodes.FirstOrDefault(n => n.Name == "html");
        if (htmlElement?.GetAttributeValue("lang", null) is { Length: > 0 } lang)
            page.HtmlLanguage = lang.Trim();

        var stack = new Stack<(HtmlNode Source, PageNode Target, bool InSvg)>();
        var pending = new List<(HtmlNode, PageNode, bool)>();
        stack.Push((document.DocumentNode, root, false));
        while (stack.Count > 0)
        {
            var (source, target, inSvg) = stack.Pop();
            // Children are pushed in reverse so they are appended in page order.
            pending.Clear();
            foreach (var child in source.ChildNodes)
            {
                if (Copy(child, target, page, inSvg) is { } copy)
                    pending.Add((child, copy, inSvg || child.Name == "svg"));
            }
            for (var i = pending.Count - 1; i >= 0; i--)
                stack.Push(pending[i]);
            // The parser's tree is let go of as it is copied (the children still to copy are on the stack, and Clear
            // unlinks siblings too): the whole tree and its copy never live together, which was a third of the peak.
            source.ChildNodes.Clear();
        }
        return page;
    }

    /// <summary>Copies one node under <paramref name="parent"/>; returns the new element when its children should follow.</summary>
    // inSvg: whether an ancestor is an <svg>, carried down because the parser's links upwards are cut while copying.
    private static PageNode? Copy(HtmlNode node, PageNode parent, HtmlPage page, bool inSvg)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                var text = ((HtmlTextNode)node).Text;
                if (text.Length > 0)
                    parent.Append(PageNode.TextNode(Decode(text), node.Line));
                return null;
            case HtmlNodeType.Element:
                break;
            default:
                return null;
        }

        var tag = node.Name.ToLowerInvariant();
        var attributes = ReadAttributes(node);
        if (CollectHeadFact(tag, attributes, node, page, inSvg))
            return null;
        if (HiddenElements.IsDroppedTag(tag))
        {
            var dropping = HiddenElements.DroppingRule(tag);
            if (dropping == HidingRules.None)
                return null;
            if ((page.SuspendedHiding & dropping) == 0)
            {
                page.HiddenProse.Add(dropping, node);
                return null;
            }
            // A suspended drop keeps the children and loses the element itself.
            return parent;
        }
        if (HiddenElements.HiddenBy(attributes, page.SuspendedHiding) is var rule and not HidingRules.None)
        {
            page.HiddenProse.Add(rule, node);
            return null;
        }
        // html, head and body wrappers (and stray nested ones) collapse into the root; head content is dropped above.
        if (tag is "html" or "body" or "head")
            return parent;
        var element = PageNode.Element(tag, attributes, node.Line);
        parent.Append(element);
        return element;
    }

    private static bool CollectHeadFact(string tag, Dictionary<string, string>? attributes, HtmlNode node, HtmlPage page, bool inSvg)
    {
        switch (tag)
        {
            case "meta" when attributes is not null:
                page.Metas.Add(attributes);
                return true;
            case "link" when attributes is not null && attributes.TryGetValue("rel", out var rel) && attributes.TryGetValue("href", out var href):
                page.Links.Add((rel.ToLowerInvariant(), href.Trim()));
                return true;
            case "title" when page.TitleText is null && !inSvg:
                page.TitleText = Decode(node.InnerText);
                return true;
            case "base" when attributes is not null && attributes.TryGetValue("href", out var baseHref):
                page.BaseHref ??= baseHref.Trim();
                return true;
            case "script" when attributes is not null && attributes.TryGetValue("type", out var type)
                && type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase):
                page.JsonLd.Add(node.InnerText);
                return true;
            default:
                return false;
        }
    }

    // Only the attributes some stage reads are kept: pages carry dozens of data-* and style attributes per element.
    private static readonly HashSet<string> KeptAttributes =
    [
        "id", "class", "href", "lang", "role", "itemprop", "itemtype", "rel", "alt", "src", "datetime", "pubdate",
        "start", "colspan", "rowspan", "style", "hidden", "aria-hidden", "name", "property", "content", "http-equiv", "charset", "type", "itemscope",
    ];

    private static Dictionary<string, string>? ReadAttributes(HtmlNode node)
    {
        if (!node.HasAttributes)
            return null;
        Dictionary<string, string>? attributes = null;
        foreach (var attribute in node.Attributes)
        {
            var name = attribute.Name.ToLowerInvariant();
            if (!KeptAttributes.Contains(name))
                continue;
            attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
            attributes.TryAdd(name, Decode(attribute.Value ?? ""));
        }
        return attributes;
    }

    // Character references can spell control characters (&#0;, &#x1b;) that the decoded input no longer holds.
    private static string Decode(string text) =>
        text.Contains('&', StringComparison.Ordinal) ? ControlCharacters.Strip(WebUtility.HtmlDecode(text)) : text;
}
