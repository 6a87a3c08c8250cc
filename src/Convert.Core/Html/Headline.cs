using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>
/// Chooses the article title. The headline printed on the page (its &lt;h1&gt;) is what a reader calls the title;
/// og:title and &lt;title&gt; are often search-engine variants ("Best X of 2025 | Site"). So the first visible h1 that
/// is not the site's name wins when the metadata titles contain it or when it reads as a headline (three words or
/// more); otherwise the metadata title, with the site's name taken off (<see cref="TitleCleaner"/>).
/// </summary>
internal static class Headline
{
    private const int MaxHeadings = 4;
    private const int MaxHeadlineLength = 250;
    private const int MinHeadlineWords = 3;

    /// <param name="headings">The texts of the page's visible h1 elements, in page order.</param>
    /// <param name="preferred">The JSON-LD headline or og:title, when present.</param>
    /// <param name="documentTitle">The &lt;title&gt; text.</param>
    /// <param name="siteName">og:site_name or the publisher, when known.</param>
    /// <param name="host">The page's host without "www.", when known.</param>
    public static string? Choose(IReadOnlyList<string> headings, string? preferred, string? documentTitle, string? siteName, string? host)
    {
        var site = new SiteName(siteName, host, [preferred, documentTitle]);
        var usable = headings.Take(MaxHeadings)
            .Select(h => Whitespace.Collapse(EntityText.Decode(h)!)) // headlines escaped twice ("&amp;#x26;") read as "&"
            .Where(h => h.Length is > 0 and < MaxHeadlineLength && !h.Contains("{{", StringComparison.Ordinal) && !site.Matches(h))
            .ToList();
        var metaKeys = new[] { preferred, documentTitle }.Select(WordKey.Of).Where(k => k.Length > 0).ToList();
        var inMetadata = usable.FirstOrDefault(h => WordKey.Of(h) is { Length: > 0 } key && metaKeys.Any(m => m.Contains(key, StringComparison.Ordinal)));
        if (inMetadata is not null)
            return inMetadata;
        if (usable.FirstOrDefault(h => WordKey.Count(h) >= MinHeadlineWords) is { } headline)
            return headline;
        return TitleCleaner.Clean(preferred, documentTitle, (usable.Count > 0 ? usable[0] : null) ?? (headings.Count > 0 ? headings[0] : null), siteName, site);
    }
}
