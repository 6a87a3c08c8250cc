using System.Globalization;
using Convert.Core.Reading;
using Convert.Core.Splitting;

namespace Convert.Core.Html;

/// <summary>
/// Reads title, byline, date, site name, language, canonical address and tags from JSON-LD, meta tags, link
/// elements and the body's byline and time elements, most reliable source first.
/// </summary>
internal static class PageMetadataReader
{
    private const int MaxBylineLength = 100;

    public static PageFacts Read(HtmlPage page, ClassMarkers markers)
    {
        var meta = new MetaTags(page.Metas);
        var jsonLd = JsonLdFacts.Read(page.JsonLd);
        var siteName = meta.First("og:site_name", "application-name") ?? jsonLd?.Publisher;
        var canonicalUrl = Absolute(page.Links.FirstOrDefault(l => l.Rel.Split(' ').Contains("canonical")).Href)
            ?? Absolute(meta.First("og:url")) ?? Absolute(jsonLd?.Url);
        var documentTitle = EntityText.Decode(page.TitleText);
        var preferredTitle = jsonLd?.Headline ?? meta.First("og:title", "twitter:title", "dc.title", "dcterms.title");
        var site = new SiteName(siteName, Host(canonicalUrl), [preferredTitle, documentTitle]);
        var metaAuthors = jsonLd?.Authors is { Count: > 0 } ldAuthors ? ldAuthors : MetaAuthors(meta);
        var organisations = jsonLd?.Authors is { Count: > 0 } ? jsonLd.AuthorsAreOrganisations : false;
        organisations |= metaAuthors.Count > 0 && metaAuthors.All(site.NamesSite);
        var bylineElement = FindBylineElement(page.Body, markers) ?? LabelledByline.Find(page.Body, markers);
        return new PageFacts
        {
            Title = Headline.Choose(Headings(page.Body), preferredTitle, documentTitle, siteName, Host(canonicalUrl)),
            Byline = ChooseByline(bylineElement, metaAuthors, organisations),
            AuthorNames = organisations && bylineElement is not null ? [] : metaAuthors,
            Published = IsoDate(jsonLd?.Published)
                ?? FirstUsable(meta, IsoDate, "article:published_time", "og:published_time", "datePublished", "date", "dc.date", "dcterms.created", "pubdate", "publish-date", "parsely-pub-date", "sailthru.date")
                ?? IsoDate(TimeElement(page.Body)) ?? DateElement(page.Body, markers)
                ?? VisibleDate.InTimeElement(page.Body, markers) ?? VisibleDate.NearHeadline(page.Body, markers),
            SiteName = siteName,
            Language = Language(page.HtmlLanguage) ?? FirstUsable(meta, Language, "content-language", "language", "dc.language", "og:locale") ?? Language(jsonLd?.Language),
            CanonicalUrl = canonicalUrl,
            Tags = meta.All("article:tag").Count > 0 ? meta.All("article:tag").Distinct().ToList() : jsonLd?.Keywords ?? [],
        };
    }

    private static string? Host(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal) : null;

    // The first meta value that reads as a value: an unusable one ("en, fr", a date in words no parser knows) must not
    // hide the later sources.
    private static string? FirstUsable(MetaTags meta, Func<string?, string?> read, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (read(meta.First(name)) is { } value)
                return value;
        }
        return null;
    }

    // The byline as printed on the page when it names the same people as the metadata, or when the metadata names an
    // organisation (the publisher as author) and the page prints a person's name; else the metadata's names.
    private static string? ChooseByline(string? element, IReadOnlyList<string> metaAuthors, bool organisations)
    {
        if (metaAuthors.Count == 0)
            return element;
        if (element is not null && (organisations || metaAuthors.All(name => element.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase))))
            return element;
        return string.Join(", ", metaAuthors);
    }

    private static List<string> MetaAuthors(MetaTags meta)
    {
        var author = meta.First("dc:creator", "dc.creator", "dcterm:creator", "dcterms:creator", "dcterms.creator", "author", "parsely-author", "article:author", "sailthru.author", "byl");
        if (author is null || Absolute(author) is not null || author.Contains("facebook.com", StringComparison.OrdinalIgnoreCase))
            return [];
        return [author];
    }

    /// <summary>The first short element marked as a byline (rel=author, itemprop=author, class "byline"...).</summary>
    private static string? FindBylineElement(PageNode body, ClassMarkers markers)
    {
        foreach (var node in body.Descendants())
        {
            if (!node.IsElement || !markers.IsBylineElement(node) || markers.IsAuthorBox(node) || markers.IsInComments(node))
                continue;
            var nameNode = node.Descendants().FirstOrDefault(d => d.Attribute("itemprop") is "name") ?? node;
            var text = Whitespace.Collapse(nameNode.InnerText());
            if (LooksLikeByline(text))
                return text;
        }
        return null;
    }

    // Not a date ("21.dez.2018 às 10h55") and not a row of account links ("Sign In | Sign Up"); a byline that says
    // "By" (in any language of the catalogue) may have a bar before its date ("Von Anna Schmidt | 3. März 2025").
    private static bool LooksLikeByline(string text)
    {
        var saysBy = BylineParser.StartsWithBylineWord(text);
        return text.Length is > 2 and < MaxBylineLength && text.Any(char.IsLetter)
            && (saysBy || (!text.Contains('|', StringComparison.Ordinal) && text.Count(char.IsAsciiDigit) < 2));
    }


    private static List<string> Headings(PageNode body) =>
        body.Descendants().Where(n => n.Tag == "h1").Select(h => Whitespace.Collapse(h.InnerText())).Where(t => t.Length > 0).Take(8).ToList();

    private static string? TimeElement(PageNode body)
    {
        PageNode? first = null;
        foreach (var node in body.Descendants())
        {
            if (node.Tag != "time" || node.Attribute("datetime") is null)
                continue;
            if (node.Attributes!.ContainsKey("pubdate") || node.Attribute("itemprop") is "datePublished")
                return node.Attribute("datetime");
            first ??= node;
        }
        return first?.Attribute("datetime");
    }

    // A date printed in an element named for it (<p class="date">2025年4月1日</p>, <span class="post-date">).
    private static string? DateElement(PageNode body, ClassMarkers markers)
    {
        const int MaxDateLength = 60;
        foreach (var node in body.Descendants())
        {
            if (!node.IsElement || !markers.IsDateElement(node)
                || markers.IsInComments(node))
                continue;
            var text = Whitespace.Collapse(node.InnerText());
            if (text.Length is > 0 and <= MaxDateLength && DateParser.ParseDateLine(text) is { } date)
                return date;
        }
        return null;
    }

    private static string? IsoDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var trimmed = value.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) && parsed.Year > 1900)
            return parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return DateParser.ParseDateLine(trimmed);
    }

    private static string? Language(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var normalised = tag.Trim().Replace('_', '-');
        return normalised.Length <= 35 && normalised.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? normalised : null;
    }

    private static string? Absolute(string? url) =>
        !string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

}
