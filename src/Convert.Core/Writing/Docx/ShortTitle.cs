using Convert.Core.Reading;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// The title shortened for a running header: the part before a subtitle separator (": ", " - ", " | ", " — ")
/// unless that part only names the site, then cut at a word boundary with an ellipsis when still longer than a header line comfortably holds.
/// </summary>
internal static class ShortTitle
{
    public const int MaxLength = 60;

    // "Daring Fireball", "daringfireball.net" and "www.daringfireball.net" all read "daringfireball".
    private static string Letters(string? name)
    {
        var bare = (name ?? "").Trim().ToLowerInvariant();
        if (Uri.TryCreate(bare, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            bare = uri.Host;
        }

        bare = bare.StartsWith("www.", StringComparison.Ordinal) ? bare[4..] : bare;
        var dot = bare.LastIndexOf('.');
        bare = dot > 0 && !bare.Contains(' ', StringComparison.Ordinal) ? bare[..dot] : bare;
        return string.Concat(bare.Where(char.IsLetterOrDigit));
    }

    private static readonly string[] Separators = [": ", " | ", " \u2014 ", " \u2013 ", " - "];

    /// <param name="title">The article's title.</param>
    /// <param name="siteNames">The site's name and address, if known: a part before a separator that only names the
    /// site ("Daring Fireball: Colophon") is not the title, so the part after it is taken instead.</param>
    public static string? Of(string? title, params IEnumerable<string?> siteNames)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = Whitespace.Collapse(title);
        var sites = siteNames.Select(Letters).Where(s => s.Length > 0).ToList();
        foreach (var separator in Separators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && sites.Contains(Letters(text[..at])) && text.Length > at + separator.Length)
            {
                text = text[(at + separator.Length)..];
                break;
            }

            // A separator right at the start would leave a stub such as "A:"; keep looking instead.
            if (at >= 12)
            {
                text = text[..at];
                break;
            }
        }

        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return (cut > MaxLength / 2 ? text[..cut] : text[..(MaxLength - 1)]).TrimEnd(',', ';', ':', ' ') + "\u2026";
    }
}
