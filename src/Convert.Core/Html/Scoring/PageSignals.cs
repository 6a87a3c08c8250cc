namespace Convert.Core.Html.Scoring;

/// <summary>
/// What the page as a whole says about its kind: the schema.org and OpenGraph types it declares and the words of its
/// address. A forum thread, a product page and a listing keep different blocks than an article does.
/// </summary>
internal static class PageSignals
{
    /// <summary>Each signal's name and the words that raise it (case-insensitive substrings).</summary>
    public static readonly (string Name, string[] Declared, string[] Address)[] Kinds =
    [
        ("article", ["NewsArticle", "BlogPosting", "\"Article\"", "ReportageNewsArticle", "og:article"], ["/news/", "/blog/", "/article", "/story/", "/20"]),
        ("forum", ["DiscussionForumPosting", "QAPage", "\"Question\"", "Comment\""], ["forum", "thread", "topic", "community", "/questions/", "discussion"]),
        ("product", ["\"Product\"", "\"Offer\"", "og:product", "AggregateRating"], ["/product", "/shop", "/store", "/p/", "/item", "/dp/"]),
        ("listing", ["ItemList", "CollectionPage", "SearchResultsPage", "BreadcrumbList"], ["/category", "/tag/", "/collections", "/search", "/archive", "/list"]),
        ("docs", ["TechArticle", "APIReference", "HowTo"], ["/docs", "/doc/", "/documentation", "/api/", "/reference", "/guide", "/manual", "/wiki"]),
        ("service", ["LocalBusiness", "Organization\"", "Service\"", "FAQPage"], ["/services", "/about", "/contact", "/pricing", "/solutions"]),
    ];

    /// <summary>Two values per kind: declared by the page's structured data, and named in its address.</summary>
    public static float[] Of(HtmlPage page, string? canonicalUrl)
    {
        var declared = string.Join(' ', page.JsonLd);
        var openGraph = page.Metas
            .Where(m => m.TryGetValue("property", out var p) && p.Equals("og:type", StringComparison.OrdinalIgnoreCase))
            .Select(m => m.TryGetValue("content", out var c) ? "og:" + c : "");
        declared += " " + string.Join(' ', openGraph);
        var address = canonicalUrl ?? page.Links.FirstOrDefault(l => l.Rel == "canonical").Href ?? "";
        var values = new float[Kinds.Length * 2];
        for (var i = 0; i < Kinds.Length; i++)
        {
            var (_, declaredWords, addressWords) = Kinds[i];
            values[2 * i] = declaredWords.Any(w => declared.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
            values[2 * i + 1] = addressWords.Any(w => address.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
        }
        return values;
    }
}
