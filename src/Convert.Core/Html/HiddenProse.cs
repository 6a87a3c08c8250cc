using HtmlAgilityPack;

namespace Convert.Core.Html;

/// <summary>
/// How much prose (text outside links) each hiding rule took out of a page while it was built, so that a rule which
/// hid nearly everything a reader sees once the page's scripts have run can be suspended (<see cref="VisiblePage"/>).
/// Link text is left out of the count: hidden menus and mega-menus are all links and are rightly hidden.
/// </summary>
internal sealed class HiddenProse
{
    private readonly Dictionary<HidingRules, (int Prose, int Text)> _byRule = [];

    /// <summary>The prose (text outside links) the rule hid.</summary>
    public int HiddenBy(HidingRules rule) => _byRule.GetValueOrDefault(rule).Prose;

    /// <summary>All the text the rule hid, links included.</summary>
    public int TextHiddenBy(HidingRules rule) => _byRule.GetValueOrDefault(rule).Text;

    public IEnumerable<HidingRules> Rules => _byRule.Keys;

    /// <summary>Counts the prose of a hidden element's subtree, in characters with whitespace runs counted once.</summary>
    public void Add(HidingRules rule, HtmlNode hidden)
    {
        int prose = 0, text = 0;
        var stack = new Stack<(HtmlNode Node, bool InLink)>();
        stack.Push((hidden, false));
        while (stack.Count > 0)
        {
            var (node, inLink) = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                var length = VisibleLength(((HtmlTextNode)node).Text);
                text += length;
                if (!inLink)
                    prose += length;
                continue;
            }
            if (node.NodeType != HtmlNodeType.Element || IsRawText(node))
                continue;
            var childInLink = inLink || node.Name.Equals("a", StringComparison.OrdinalIgnoreCase);
            foreach (var child in node.ChildNodes)
                stack.Push((child, childInLink));
        }
        var (oldProse, oldText) = _byRule.GetValueOrDefault(rule);
        _byRule[rule] = (oldProse + prose, oldText + text);
    }

    // Scripts, styles and the like hold code, never prose, wherever the parser put them.
    private static bool IsRawText(HtmlNode node)
    {
        var tag = node.Name.ToLowerInvariant();
        return HiddenElements.IsDroppedTag(tag) && HiddenElements.DroppingRule(tag) == HidingRules.None;
    }

    private static int VisibleLength(string text)
    {
        int length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space || !inSpace)
                length++;
            inSpace = space;
        }
        return length;
    }
}
