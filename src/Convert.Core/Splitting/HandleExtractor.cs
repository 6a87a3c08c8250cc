using System.Text.RegularExpressions;
using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// Finds contact links in bio text: e-mail addresses, web addresses and @handles (taken as X/Twitter handles).
/// The bio text itself is left as written.
/// </summary>
internal static partial class HandleExtractor
{
    public static IReadOnlyList<AuthorLink> Extract(string text)
    {
        var links = new List<AuthorLink>();
        foreach (Match url in Url().Matches(text))
        {
            var label = url.Value.TrimEnd('.', ',', ';', ':', ')', '!', '?', '"', '”', '\'');
            var target = label.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + label : label;
            links.Add(new AuthorLink("web", label, target));
        }
        var withoutUrls = Url().Replace(text, " ");
        foreach (Match email in Email().Matches(withoutUrls))
        {
            var address = email.Value.TrimEnd('.');
            links.Add(new AuthorLink("email", address, "mailto:" + address));
        }
        foreach (Match handle in Handle().Matches(Email().Replace(withoutUrls, " ")))
        {
            var name = handle.Groups[1].Value;
            links.Add(new AuthorLink("x", "@" + name, "https://x.com/" + name));
        }
        return links.Distinct().ToList();
    }

    /// <summary>The link when the whole line is one address, handle or e-mail (a profile link under a name); else null.</summary>
    public static AuthorLink? AsLinkLine(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        var links = Extract(text);
        return links.Count == 1 && links[0].Label.Length >= text.TrimEnd('.', '/').Length ? links[0] : null;
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w@])@([A-Za-z0-9_]{1,15})\b")]
    private static partial Regex Handle();
}
