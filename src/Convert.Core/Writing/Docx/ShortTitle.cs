using Convert.Core.Reading;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// The title shortened for a running header: the part before a subtitle separator (": ", " - ", " | ", " — "),
/// then cut at a word boundary with an ellipsis when still longer than a header line comfortably holds.
/// </summary>
internal static class ShortTitle
{
    public const int MaxLength = 60;

    private static readonly string[] Separators = [": ", " | ", " \u2014 ", " \u2013 ", " - "];

    public static string? Of(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = Whitespace.Collapse(title);
        foreach (var separator in Separators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
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
