namespace Convert.Core.Html.PageTypes;

/// <summary>
/// The page-level features the page-type models read, in model order. The HTML reader fills a
/// <see cref="PageSignals"/> by these names; a model trained on another list is refused at load.
/// </summary>
internal static class PageTypeFeatures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        // The address: depth, slug, dates and ids, and the words sites put in paths.
        "url.depth", "url.slugWords", "url.hasDate", "url.numericId", "url.root",
        "url.article", "url.product", "url.collection", "url.forum", "url.docs", "url.service",
        // Structured data: JSON-LD @type (including @graph), microdata itemtype, og:type.
        "ld.article", "ld.product", "ld.forum", "ld.collection", "ld.docs", "ld.service", "ld.faq", "ld.webPage",
        "ld.breadcrumb", "ld.rating", "ld.person", "ld.count",
        "md.article", "md.product", "md.forum", "md.offer", "md.list",
        "og.article", "og.product", "og.website", "og.other",
        // The visible page: size, shape and repetition.
        "text.logLength", "text.linkDensity", "p.count", "p.meanLength", "h1.count", "h2.count", "h3.count",
        "article.count", "form.count", "input.count", "button.count", "pre.count", "code.count", "table.count",
        "li.count", "img.count", "time.count", "blockquote.count", "nav.count", "aside.count",
        "repeat.max", "repeat.groups", "repeat.share",
        "comments.count", "breadcrumb.present", "sidebarNav.links",
        // Words that give a kind away.
        "words.price", "words.cart", "words.stock", "words.reply", "words.memberStats", "words.postedBy",
        "words.readMore", "words.contact", "words.docs", "words.review",
        // What the metadata reader found.
        "meta.hasAuthor", "meta.hasDate",
    ];

    private static readonly Dictionary<string, int> Index = Names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    public static int IndexOf(string name) =>
        Index.TryGetValue(name, out var index) ? index : throw new ArgumentException($"unknown page-type feature '{name}'", nameof(name));
}
