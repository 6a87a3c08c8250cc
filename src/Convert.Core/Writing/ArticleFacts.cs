using Convert.Core.Model;

namespace Convert.Core.Writing;

/// <summary>One fact about an article for a metadata header: a key and one value or a list of values.</summary>
/// <param name="Key">The YAML key; pandoc's names where pandoc has one (title, subtitle, author, date, lang).</param>
/// <param name="Label">The label of the plain-text header ("Title", "Authors"...).</param>
/// <param name="Values">One value, or the items of a list.</param>
/// <param name="IsList">True for lists (authors, tags), even with one item.</param>
internal sealed record ArticleFact(string Key, string Label, IReadOnlyList<string> Values, bool IsList);

/// <summary>
/// The facts Markdown front matter and the text header block carry, in a fixed order and only when known: title,
/// subtitle, authors (or the page's byline when no author was found), date, language, source URL, site, tags and
/// where the article was first published.
/// </summary>
internal static class ArticleFacts
{
    public static IReadOnlyList<ArticleFact> Of(Article article)
    {
        var facts = new List<ArticleFact>();
        var metadata = article.Metadata;
        Add(facts, "title", "Title", article.Title);
        Add(facts, "subtitle", "Subtitle", article.Subtitle);
        var authors = ArticleFrontAndBackMatter.AuthorNames(article);
        if (authors.Count > 0)
            facts.Add(new ArticleFact("author", "Authors", authors, IsList: true));
        else
            Add(facts, "byline", "Byline", metadata.Byline);
        Add(facts, "date", "Date", metadata.Published);
        Add(facts, "lang", "Language", metadata.Language);
        Add(facts, "url", "URL", metadata.SourceUrl);
        Add(facts, "site", "Site", metadata.SiteName);
        var tags = metadata.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (tags.Count > 0)
            facts.Add(new ArticleFact("tags", "Tags", tags, IsList: true));
        Add(facts, "republished-from", "Republished from", metadata.RepublishedFrom);
        Add(facts, "page-type", "Page type", metadata.PageType);
        return facts;
    }

    private static void Add(List<ArticleFact> facts, string key, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            facts.Add(new ArticleFact(key, label, [value.Trim()], IsList: false));
    }
}
