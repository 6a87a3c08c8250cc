using System.Text.RegularExpressions;
using Convert.Core.Html.PageTypes;

namespace Convert.Core.Html;

/// <summary>
/// Reads the page-level features the page-type models take (<see cref="PageTypeFeatures"/>): the address, the
/// structured data's types, and the visible page's size, shape, repetition and give-away words.
/// </summary>
internal static partial class PageSignalReader
{
    private const int MinRepeat = 4;

    public static PageSignals Read(HtmlPage page, ClassMarkers markers, PageFacts facts)
    {
        var signals = new PageSignals();
        AddAddress(signals, facts.CanonicalUrl);
        AddStructuredData(signals, page);
        AddStructure(signals, page.Body, markers);
        AddWords(signals, page.Body);
        signals.Set("meta.hasAuthor", facts.Byline is not null || facts.AuthorNames.Count > 0);
        signals.Set("meta.hasDate", facts.Published is not null);
        return signals;
    }

    private static void AddAddress(PageSignals signals, string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var words = segments.SelectMany(s => s.ToLowerInvariant().Split(['-', '_', '.', '+'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        signals["url.depth"] = segments.Length;
        signals["url.slugWords"] = segments.Length == 0 ? 0 : segments[^1].Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Length;
        signals.Set("url.hasDate", PathDate().IsMatch(uri.AbsolutePath));
        signals.Set("url.numericId", segments.Any(s => LongNumber().IsMatch(s)));
        signals.Set("url.root", segments.Length == 0);
        signals.Set("url.article", words.Overlaps(["blog", "blogs", "news", "article", "articles", "story", "stories", "post", "posts", "insights", "magazine"]));
        signals.Set("url.product", words.Overlaps(["product", "products", "p", "dp", "item", "items", "shop", "store", "buy", "sku"]));
        signals.Set("url.collection", words.Overlaps(["collection", "collections", "category", "categories", "c", "tag", "tags", "topics", "browse", "catalog", "department"]));
        signals.Set("url.forum", words.Overlaps(["forum", "forums", "thread", "threads", "t", "topic", "community", "discussion", "discussions", "questions", "q", "r", "comments", "viewtopic", "showthread"]));
        signals.Set("url.docs", words.Overlaps(["docs", "doc", "documentation", "api", "reference", "manual", "guide", "guides", "learn", "wiki", "tutorial", "tutorials", "reference", "library"]));
        signals.Set("url.service", words.Overlaps(["services", "service", "solutions", "pricing", "contact", "about", "locations", "hire", "consulting", "agency"]));
    }

    private static void AddStructuredData(PageSignals signals, HtmlPage page)
    {
        var types = page.JsonLd.SelectMany(script => LdType().Matches(script).Select(m => m.Groups[1].Value)).ToList();
        signals["ld.count"] = types.Count;
        signals.Set("ld.article", types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "LiveBlogPosting" or "Report"));
        signals.Set("ld.product", types.Any(t => t is "Product" or "Offer" or "AggregateOffer" or "ProductGroup" or "IndividualProduct"));
        signals.Set("ld.forum", types.Any(t => t is "DiscussionForumPosting" or "QAPage" or "Question" or "Answer" or "Comment" or "SocialMediaPosting"));
        signals.Set("ld.collection", types.Any(t => t is "CollectionPage" or "ItemList" or "OfferCatalog" or "SearchResultsPage"));
        signals.Set("ld.docs", types.Any(t => t is "TechArticle" or "APIReference" or "SoftwareSourceCode" or "HowTo" or "Course"));
        signals.Set("ld.service", types.Any(t => t is "Service" or "LocalBusiness" or "ProfessionalService" or "HomeAndConstructionBusiness" or "Store" or "MedicalBusiness"));
        signals.Set("ld.faq", types.Contains("FAQPage"));
        signals.Set("ld.webPage", types.Contains("WebPage"));
        signals.Set("ld.breadcrumb", types.Contains("BreadcrumbList"));
        signals.Set("ld.rating", types.Any(t => t is "AggregateRating" or "Review" or "Rating"));
        signals.Set("ld.person", types.Contains("Person"));
        var og = new MetaTags(page.Metas).First("og:type")?.ToLowerInvariant();
        signals.Set("og.article", og is "article" or "blog" or "news");
        signals.Set("og.product", og is not null && og.Contains("product", StringComparison.Ordinal));
        signals.Set("og.website", og is "website");
        signals.Set("og.other", og is not null && og is not ("article" or "blog" or "news" or "website") && !og.Contains("product", StringComparison.Ordinal));
    }

    private static void AddStructure(PageSignals signals, PageNode body, ClassMarkers markers)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        long paragraphText = 0;
        int comments = 0, maxRepeat = 0, repeatGroups = 0, repeated = 0, elements = 0, sidebarLinks = 0;
        var breadcrumb = false;
        var itemTypes = new List<string>();
        foreach (var node in body.Descendants())
        {
            if (!node.IsElement)
                continue;
            elements++;
            counts[node.Tag] = counts.GetValueOrDefault(node.Tag) + 1;
            if (node.Tag == "p")
                paragraphText += node.TextLength;
            if (node.Attribute("itemtype") is { } itemType)
                itemTypes.Add(itemType);
            var classAndId = node.ClassAndId;
            if (classAndId.Contains("comment", StringComparison.Ordinal) && markers.IsInComments(node) && node.Parent is { } parent && !markers.IsInComments(parent))
                comments++;
            breadcrumb |= classAndId.Contains("breadcrumb", StringComparison.Ordinal)
                || (node.Attribute("aria-label") is { } label && label.Contains("breadcrumb", StringComparison.OrdinalIgnoreCase));
            if (node.Tag is "nav" or "aside")
                sidebarLinks = Math.Max(sidebarLinks, node.Descendants().Count(d => d.Tag == "a"));
            var repeat = LargestRepeat(node);
            if (repeat >= MinRepeat)
            {
                repeatGroups++;
                repeated += repeat;
            }
            maxRepeat = Math.Max(maxRepeat, repeat);
        }
        int Count(string tag) => counts.GetValueOrDefault(tag);
        signals["text.logLength"] = (float)Math.Log(1 + body.TextLength);
        signals["text.linkDensity"] = (float)body.LinkDensity;
        signals["p.count"] = Count("p");
        signals["p.meanLength"] = Count("p") == 0 ? 0 : (float)paragraphText / Count("p");
        foreach (var tag in new[] { "h1", "h2", "h3", "article", "form", "input", "button", "pre", "code", "table", "li", "img", "time", "blockquote", "nav", "aside" })
            signals[$"{tag}.count"] = Count(tag);
        signals["repeat.max"] = maxRepeat;
        signals["repeat.groups"] = repeatGroups;
        signals["repeat.share"] = elements == 0 ? 0 : (float)repeated / elements;
        signals["comments.count"] = comments;
        signals.Set("breadcrumb.present", breadcrumb);
        signals["sidebarNav.links"] = sidebarLinks;
        signals.Set("md.article", itemTypes.Any(t => t.Contains("Article", StringComparison.Ordinal) || t.Contains("BlogPosting", StringComparison.Ordinal)));
        signals.Set("md.product", itemTypes.Any(t => t.Contains("Product", StringComparison.Ordinal)));
        signals.Set("md.forum", itemTypes.Any(t => t.Contains("Discussion", StringComparison.Ordinal) || t.Contains("Comment", StringComparison.Ordinal) || t.Contains("Question", StringComparison.Ordinal)));
        signals.Set("md.offer", itemTypes.Any(t => t.Contains("Offer", StringComparison.Ordinal)));
        signals.Set("md.list", itemTypes.Any(t => t.Contains("ItemList", StringComparison.Ordinal)));
    }

    // The most children of one element that share a tag and a class: cards in a grid, posts in a thread.
    private static int LargestRepeat(PageNode node)
    {
        if (node.Children.Count < MinRepeat)
            return 0;
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var best = 0;
        foreach (var child in node.Children)
        {
            if (!child.IsElement || child.Removed || child.Attribute("class") is not { Length: > 0 } css)
                continue;
            var key = child.Tag + " " + css;
            var count = groups[key] = groups.GetValueOrDefault(key) + 1;
            best = Math.Max(best, count);
        }
        return best;
    }

    private static void AddWords(PageSignals signals, PageNode body)
    {
        // Counted on a span: a regex keeps the last string it matched (its runner's input) alive until its next use.
        var text = body.FullText().AsSpan();
        signals["words.price"] = Price().Count(text);
        signals["words.cart"] = Cart().Count(text);
        signals["words.stock"] = Stock().Count(text);
        signals["words.reply"] = Reply().Count(text);
        signals["words.memberStats"] = MemberStats().Count(text);
        signals["words.postedBy"] = PostedBy().Count(text);
        signals["words.readMore"] = ReadMore().Count(text);
        signals["words.contact"] = Contact().Count(text);
        signals["words.docs"] = Docs().Count(text);
        signals["words.review"] = Review().Count(text);
    }

    [GeneratedRegex(@"""@type""\s*:\s*\[?\s*""([A-Za-z]+)""")]
    private static partial Regex LdType();

    [GeneratedRegex(@"/(?:19|20)\d\d/(?:\d\d?/)?")]
    private static partial Regex PathDate();

    [GeneratedRegex(@"\d{5,}")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"(?:[$€£¥₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:USD|EUR|GBP|€|zł|kr))")]
    private static partial Regex Price();

    [GeneratedRegex(@"\b(?:add to (?:cart|bag|basket)|buy now|checkout|add to wishlist)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cart();

    [GeneratedRegex(@"\b(?:in stock|out of stock|sku|free shipping|free delivery|quantity)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stock();

    [GeneratedRegex(@"\b(?:reply|replies|quote|likes?|upvotes?|report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reply();

    [GeneratedRegex(@"\b(?:joined|posts:|messages:|member since|reputation|registered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MemberStats();

    [GeneratedRegex(@"\b(?:posted by|started by|asked by|original poster|op)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostedBy();

    [GeneratedRegex(@"\b(?:read more|continue reading|learn more|view all|see all|load more|next page)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"\b(?:contact us|get a quote|free estimate|book now|call us|schedule|request a|get started|our services)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    [GeneratedRegex(@"\b(?:parameters|returns|example|syntax|on this page|table of contents|edit this page|version|deprecated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Docs();

    [GeneratedRegex(@"\b(?:reviews?|ratings?|stars?|rated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Review();
}
