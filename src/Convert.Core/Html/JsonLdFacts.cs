using System.Text.Json;
using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>
/// What a page's JSON-LD says about its article: headline, authors, dates, publisher, language, address. An author
/// given as a reference (<c>{"@id": "#/schema/person/1"}</c>, as Yoast and other @graph writers do) is looked up in
/// the page's other JSON-LD nodes.
/// </summary>
internal sealed record JsonLdFacts(
    string? Headline,
    IReadOnlyList<string> Authors,
    bool AuthorsAreOrganisations,
    string? Published,
    string? Publisher,
    string? Language,
    string? Url,
    IReadOnlyList<string> Keywords)
{
    private static readonly string[] ArticleTypes =
        ["Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "OpinionNewsArticle",
         "AnalysisNewsArticle", "ReportageNewsArticle", "LiveBlogPosting", "SocialMediaPosting", "WebPage", "Review",
         "DiscussionForumPosting", "Question", "HowTo", "Recipe"];

    private static readonly string[] OrganisationTypes =
        ["Organization", "NewsMediaOrganization", "Corporation", "LocalBusiness", "EducationalOrganization", "GovernmentOrganization", "OnlineBusiness"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdFacts? Read(IEnumerable<string> scripts)
    {
        JsonLdFacts? best = null;
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts)
            {
                try
                {
                    documents.Add(JsonDocument.Parse(Unwrap(script), Options));
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the other sources of metadata still count.
                }
            }
            var nodes = NodesById(documents);
            foreach (var document in documents)
            {
                if (BestIn(document, nodes, ref best))
                    return best;
            }
            return best;
        }
        finally
        {
            foreach (var document in documents)
                document.Dispose();
        }
    }

    // True when an Article was found (it beats a WebPage describing the same page).
    private static bool BestIn(JsonDocument document, Dictionary<string, JsonElement> nodes, ref JsonLdFacts? best)
    {
        try
        {
            foreach (var item in Items(document.RootElement))
            {
                if (ArticleRank(item) is not { } rank)
                    continue;
                var facts = FromItem(item, nodes);
                if (best is null || rank == 0)
                    best = facts;
                if (rank == 0)
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape throws when read as a string; the other sources of metadata still count.
        }
        return false;
    }

    private static Dictionary<string, JsonElement> NodesById(List<JsonDocument> documents)
    {
        var nodes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var item in Items(document.RootElement))
            {
                if (item.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { } key
                    && item.EnumerateObject().Count() > 1)
                    nodes.TryAdd(key, item);
            }
        }
        return nodes;
    }

    // Some sites wrap the JSON in a CDATA section or an HTML comment.
    private static string Unwrap(string script)
    {
        var text = script.Trim();
        foreach (var (open, close) in new[] { ("<![CDATA[", "]]>"), ("<!--", "-->"), ("//<![CDATA[", "//]]>") })
        {
            if (text.StartsWith(open, StringComparison.Ordinal) && text.EndsWith(close, StringComparison.Ordinal))
                text = text[open.Length..^close.Length].Trim();
        }
        return text;
    }

    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in element.EnumerateArray().Reverse())
                    pending.Push(child);
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                yield return element;
                if (element.TryGetProperty("@graph", out var graph))
                    pending.Push(graph);
            }
        }
    }

    private static int? ArticleRank(JsonElement item)
    {
        if (!item.TryGetProperty("@type", out var type))
            return null;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()).ToList() : [type.ToString()];
        if (types.Any(t => t != "WebPage" && ArticleTypes.Contains(t)))
            return 0;
        return types.Any(t => t.EndsWith("Page", StringComparison.Ordinal)) ? 1 : null;
    }

    private static JsonLdFacts FromItem(JsonElement item, Dictionary<string, JsonElement> nodes) => new(
        Text(item, "headline") ?? Text(item, "name"),
        Names(item, "author", nodes),
        AuthorsAreOrganisationsIn(item, nodes),
        Text(item, "datePublished") ?? Text(item, "dateCreated"),
        Values(item, "publisher", nodes).Select(NameOf).FirstOrDefault(p => p is not null),
        Text(item, "inLanguage"),
        Text(item, "url") ?? (item.TryGetProperty("mainEntityOfPage", out var main) ? (main.ValueKind == JsonValueKind.String ? StringOf(main) : Text(main, "@id")) : null),
        KeywordsOf(item));

    private static string? Text(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && StringOf(value) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static List<string> Names(JsonElement item, string property, Dictionary<string, JsonElement> nodes) =>
        Values(item, property, nodes).Select(NameOf).OfType<string>().Distinct().ToList();

    private static bool AuthorsAreOrganisationsIn(JsonElement item, Dictionary<string, JsonElement> nodes)
    {
        var authors = Values(item, "author", nodes).Where(a => a.ValueKind == JsonValueKind.Object).ToList();
        return authors.Count > 0 && authors.All(a => a.TryGetProperty("@type", out var type)
            && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()]).Any(OrganisationTypes.Contains));
    }

    // The property's values, each reference ({"@id": ...}) replaced by the node it names when the page has it.
    private static IEnumerable<JsonElement> Values(JsonElement item, string property, Dictionary<string, JsonElement> nodes)
    {
        if (!item.TryGetProperty(property, out var value))
            return [];
        var values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return values.Select(v => v.ValueKind == JsonValueKind.Object && Text(v, "name") is null && Text(v, "@id") is { } id
            && nodes.TryGetValue(id, out var node) ? node : v);
    }

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => StringOf(value)?.Trim() is { Length: > 0 } s ? s : null,
        JsonValueKind.Object => Text(value, "name"),
        _ => null,
    };

    private static List<string> KeywordsOf(JsonElement item)
    {
        if (!item.TryGetProperty("keywords", out var value))
            return [];
        if (value.ValueKind == JsonValueKind.Array)
            return value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => StringOf(v)?.Trim() ?? "").Where(k => k.Length > 0).ToList();
        return value.ValueKind == JsonValueKind.String
            ? (StringOf(value) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            : [];
    }

    /// <summary>A string value without control characters; null when it holds a lone surrogate escape ("\ud800"),
    /// which no text can carry.</summary>
    private static string? StringOf(JsonElement value)
    {
        try
        {
            return value.GetString() is { } text ? EntityText.Decode(ControlCharacters.Strip(text)) : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
