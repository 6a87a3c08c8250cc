namespace Convert.Core.Html.Scoring;

/// <summary>
/// What an element and its ancestors say about it, as bits: the structural tags it sits in, the class and id words
/// of it or any ancestor, and the HTML rules' markers. Computed for a whole page top down, once.
/// </summary>
internal static class NodeFlags
{
    /// <summary>Ancestor-or-self tags; "ul" stands for both list tags.</summary>
    public static readonly string[] Tags =
        ["article", "main", "section", "aside", "nav", "header", "footer", "form", "ul", "table", "li", "blockquote", "figure", "dl"];

    /// <summary>
    /// Words looked for inside class and id names (as substrings: "post-body", "entry_content"). The list follows the
    /// kinds of names boilerplate detectors key on (boilerpipe, trafilatura): content, comments, chrome, products.
    /// </summary>
    public static readonly string[] ClassWords =
    [
        "content", "article", "post", "entry", "body", "text", "story", "main", "comment", "reply", "forum", "thread",
        "message", "product", "price", "desc", "review", "nav", "menu", "footer", "header", "sidebar", "related",
        "share", "social", "promo", "widget", "breadcrumb", "cookie", "newsletter", "subscribe", "card", "item",
        "title", "meta", "tag", "question", "answer", "doc", "markdown",
    ];

    /// <summary>The HTML rules' verdicts on the element or an ancestor.</summary>
    public static readonly string[] Markers = ["unlikely", "widget", "comments", "byline", "positive", "negative", "pruned"];

    public static int Count => Tags.Length + ClassWords.Length + Markers.Length;

    /// <summary>The bit set on elements the rule-based extraction took out, and on everything inside them.</summary>
    public static readonly int PrunedBit = Tags.Length + ClassWords.Length + 6;

    private static readonly int ClassBase = Tags.Length;
    private static readonly int MarkerBase = Tags.Length + ClassWords.Length;

    /// <summary>The flags of every element under <paramref name="body"/>, inherited from its ancestors.</summary>
    /// <param name="body">The page body.</param>
    /// <param name="markers">The HTML rules.</param>
    /// <param name="pruned">Elements the rule-based extraction took out (they are back in the page for scoring).</param>
    public static Dictionary<PageNode, ulong> Of(PageNode body, ClassMarkers markers, IReadOnlySet<PageNode> pruned)
    {
        var flags = new Dictionary<PageNode, ulong>(ReferenceEqualityComparer.Instance) { [body] = 0 };
        foreach (var node in body.Descendants())
        {
            if (node.IsElement)
                flags[node] = flags[node.Parent!] | Own(node, markers, pruned.Contains(node));
        }
        return flags;
    }

    public static bool Has(ulong flags, int bit) => (flags & (1UL << bit)) != 0;

    private static ulong Own(PageNode node, ClassMarkers markers, bool pruned)
    {
        ulong bits = 0;
        var tag = node.Tag == "ol" ? "ul" : node.Tag;
        var tagIndex = Array.IndexOf(Tags, tag);
        if (tagIndex >= 0)
            bits |= 1UL << tagIndex;
        if (pruned)
            bits |= 1UL << PrunedBit;
        var names = node.ClassAndId;
        var role = node.Attribute("role");
        if (names.Length == 0 && role is null)
            return bits;
        for (var i = 0; i < ClassWords.Length; i++)
        {
            if (names.Contains(ClassWords[i], StringComparison.Ordinal))
                bits |= 1UL << (ClassBase + i);
        }
        if (markers.IsUnlikely(node))
            bits |= 1UL << MarkerBase;
        if (names.Length == 0)
            return bits;
        if (markers.IsWidget(node))
            bits |= 1UL << (MarkerBase + 1);
        if (markers.IsCommentSection(node))
            bits |= 1UL << (MarkerBase + 2);
        if (markers.IsBylineElement(node))
            bits |= 1UL << (MarkerBase + 3);
        var weight = markers.Weight(node);
        if (weight > 0)
            bits |= 1UL << (MarkerBase + 4);
        if (weight < 0)
            bits |= 1UL << (MarkerBase + 5);
        return bits;
    }
}
