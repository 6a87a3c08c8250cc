using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>Chooses the article title and takes the site name off it ("Story title | Site" → "Story title").</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

    /// <param name="preferred">og:title or JSON-LD headline, when present.</param>
    /// <param name="documentTitle">The &lt;title&gt; text.</param>
    /// <param name="heading">The first &lt;h1&gt; of the body.</param>
    /// <param name="siteName">The site's name, when known.</param>
    /// <param name="site">What else names the site (its host), when known.</param>
    public static string? Clean(string? preferred, string? documentTitle, string? heading, string? siteName, SiteName? site = null)
    {
        var title = Whitespace.Collapse(preferred ?? documentTitle ?? heading ?? "");
        if (title.Length == 0)
            return null;
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var head = title[..at].Trim();
            var tail = title[(at + separator.Length)..].Trim();
            if (siteName is not null && (tail.Equals(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(tail, StringComparison.OrdinalIgnoreCase)))
                return head;
            if (site is not null && IsHostName(site, tail) && !IsHostName(site, head))
                return head;
            // "Site | Story": the site's name first.
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (site is not null && IsHostName(site, title[..first]) && title[(first + separator.Length)..].Trim() is { Length: > 0 } rest && !IsHostName(site, rest))
                return rest;
            if (heading is not null && Whitespace.SameWords(head, heading))
                return head;
            // Only the document title is known to carry a site suffix; "Words - more words" in og:title is the title.
            if (preferred is null && WordCount(head) >= 3 && WordCount(tail) <= 4)
                return head;
        }
        return title;
    }

    private static bool IsHostName(SiteName site, string text) => WordCount(text) <= 4 && site.NamesSite(text);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
