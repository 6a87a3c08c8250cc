namespace Convert.Core.Html;

/// <summary>
/// One node of the page as the extractor sees it: an element with the few attributes extraction reads, or a run of
/// text. Built once from the parsed HTML with scripts, styles and hidden elements already left out, so the scoring
/// passes can walk it without recursion and without re-reading the parser's DOM.
/// </summary>
internal sealed class PageNode
{
    public const string TextTag = "#text";

    private PageNode(string tag, string? text, IReadOnlyDictionary<string, string>? attributes, int line)
    {
        Tag = tag;
        Text = text;
        Attributes = attributes;
        Line = line;
    }

    /// <summary>Lower-case element name, or <see cref="TextTag"/>.</summary>
    public string Tag { get; }

    /// <summary>The decoded text of a text node; null for elements.</summary>
    public string? Text { get; }

    public IReadOnlyDictionary<string, string>? Attributes { get; }

    /// <summary>1-based line of the element's start tag in the page source.</summary>
    public int Line { get; }

    public PageNode? Parent { get; private set; }

    public List<PageNode> Children { get; } = [];

    public bool IsText => Text is not null;

    public bool IsElement => Text is null;

    /// <summary>Set when a pass takes the node out of the page; removed nodes stay linked but are skipped.</summary>
    public bool Removed { get; set; }

    /// <summary>Visible characters in the live subtree, whitespace runs counted once (see <see cref="NodeMetrics"/>).</summary>
    public int TextLength { get; set; }

    /// <summary>Of <see cref="TextLength"/>, the characters inside links.</summary>
    public int LinkLength { get; set; }

    /// <summary>Commas in the live subtree: many commas means prose.</summary>
    public int Commas { get; set; }

    /// <summary>Content score given by <see cref="ContentScorer"/>; null until the node is a candidate.</summary>
    public double? Score { get; set; }

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public static PageNode Element(string tag, IReadOnlyDictionary<string, string>? attributes, int line) => new(tag, null, attributes, line);

    public static PageNode TextNode(string text, int line) => new(TextTag, text, null, line);

    public void Append(PageNode child)
    {
        child.Parent = this;
        Children.Add(child);
    }

    public string? Attribute(string name) => Attributes is not null && Attributes.TryGetValue(name, out var value) ? value : null;

    /// <summary>The class and id attributes, lower-cased and joined, for marker matching.</summary>
    public string ClassAndId => _classAndId ??= $"{Attribute("class")} {Attribute("id")}".Trim().ToLowerInvariant();

    private string? _classAndId;

    /// <summary>True when <paramref name="ancestor"/> is this node or contains it.</summary>
    public bool IsInside(PageNode ancestor)
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (ReferenceEquals(node, ancestor))
                return true;
        }
        return false;
    }

    /// <summary>True when any ancestor (not the node itself) has one of <paramref name="tags"/>.</summary>
    public bool HasAncestor(params ReadOnlySpan<string> tags)
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            if (tags.Contains(node.Tag))
                return true;
        }
        return false;
    }

    /// <summary>The live descendants in document order, without recursion (pages can nest thousands deep).</summary>
    public IEnumerable<PageNode> Descendants() => Walk(includeRemoved: false);

    /// <summary>All descendants in document order, removed ones and their subtrees too.</summary>
    public IEnumerable<PageNode> DescendantsIncludingRemoved() => Walk(includeRemoved: true);

    /// <summary>The text of the subtree including removed parts: what a removal reports.</summary>
    public string FullText()
    {
        // Sized first and written once: string.Join would build a page's text in a pooled buffer, and the shared pool
        // keeps that buffer (tens of MB on a large page) for the rest of the process.
        var length = -1;
        foreach (var node in Walk(includeRemoved: true))
        {
            if (node.IsText)
                length += node.Text!.Length + 1;
        }
        if (length <= 0)
            return "";
        return string.Create(length, this, static (span, root) =>
        {
            var at = -1;
            foreach (var node in root.Walk(includeRemoved: true))
            {
                if (!node.IsText)
                    continue;
                if (at >= 0)
                    span[at] = ' ';
                at++;
                node.Text.AsSpan().CopyTo(span[at..]);
                at += node.Text!.Length;
            }
        });
    }

    private IEnumerable<PageNode> Walk(bool includeRemoved)
    {
        var stack = new Stack<(PageNode Node, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next >= node.Children.Count)
                continue;
            stack.Push((node, next + 1));
            var child = node.Children[next];
            if (child.Removed && !includeRemoved)
                continue;
            yield return child;
            if (child.Children.Count > 0)
                stack.Push((child, 0));
        }
    }

    /// <summary>The text of the live subtree, whitespace as in the page.</summary>
    public string InnerText()
    {
        if (IsText)
            return Text!;
        var builder = new System.Text.StringBuilder();
        foreach (var node in Descendants())
        {
            if (node.IsText)
                builder.Append(node.Text);
            else if (node.Tag is "br" or "p" or "div" or "li")
                builder.Append(' ');
        }
        return builder.ToString();
    }

    /// <summary>A readable path such as "div[2]/article/p[3]" for source spans and findings.</summary>
    public string ElementPath()
    {
        var parts = new List<string>();
        for (var node = this; node?.Parent is not null; node = node.Parent)
        {
            node.Parent.IndexChildren();
            parts.Add(node._sameTagCount > 1 ? $"{node.Tag}[{node._sameTagIndex}]" : node.Tag);
        }
        parts.Reverse();
        // Text straight under <body> belongs to the body itself: a path is never empty.
        return parts.Count > 0 ? string.Join('/', parts) : Tag;
    }

    // Position among same-tag siblings, filled for all children at once: per node it would be quadratic on a page
    // with a hundred thousand paragraphs in one container.
    private int _sameTagIndex;
    private int _sameTagCount;
    private bool _childrenIndexed;

    private void IndexChildren()
    {
        if (_childrenIndexed)
            return;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in Children)
        {
            counts[child.Tag] = counts.GetValueOrDefault(child.Tag) + 1;
            child._sameTagIndex = counts[child.Tag];
        }
        foreach (var child in Children)
            child._sameTagCount = counts[child.Tag];
        _childrenIndexed = true;
    }

    public override string ToString() => IsText ? $"\"{Text}\"" : $"<{Tag} {ClassAndId}>";
}
