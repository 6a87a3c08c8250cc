namespace Convert.Core.Html;

/// <summary>
/// A page whose text only scripts put in (a splash screen and nothing else without them: single-page forums and
/// shops) is not empty to its readers, and its head still carries the summary it gives search engines. When the
/// page shows no text, a description long enough to be prose becomes the body, and the reader says so in a warning,
/// rather than refusing the page.
/// </summary>
internal static class DescriptionBody
{
    /// <summary>Fewer words than this is a tagline ("Shop rugs online"), not a summary of the page.</summary>
    public const int MinWords = 20;

    /// <summary>The longest of the page's descriptions with at least <see cref="MinWords"/> words, or null.</summary>
    public static string? Find(HtmlPage page)
    {
        var meta = new MetaTags(page.Metas);
        string? best = null;
        var bestWords = MinWords - 1;
        foreach (var name in (ReadOnlySpan<string>)["og:description", "description", "twitter:description"])
        {
            foreach (var value in meta.All(name))
            {
                var words = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                if (words > bestWords)
                    (best, bestWords) = (value, words);
            }
        }
        return best;
    }

    /// <summary>Puts the description into the empty body, a paragraph for each of its lines.</summary>
    public static void Insert(HtmlPage page, string description)
    {
        foreach (var line in description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var paragraph = PageNode.Element("p", null, page.Body.Line);
            paragraph.Append(PageNode.TextNode(line, page.Body.Line));
            page.Body.Append(paragraph);
        }
        NodeMetrics.Compute(page.Body);
    }
}
