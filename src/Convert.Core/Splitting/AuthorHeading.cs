using System.Text.RegularExpressions;
using Convert.Core.Languages;

namespace Convert.Core.Splitting;

/// <summary>
/// Headings that lead into bios without naming anyone, in every language of the catalogue: "About the author",
/// "About the authors:", "Author bio", "Über den Autor", "À propos de l'auteur".
/// </summary>
internal static class AuthorHeading
{
    /// <summary>The category of the cleaning rule that removes such headings as end-of-body markers.</summary>
    public const string RuleCategory = "author-heading";

    private static readonly HashSet<string> Headings = new(
        LanguageCatalogue.Union(r => r.AuthorHeadings).Select(Normalise), StringComparer.OrdinalIgnoreCase);

    // An inline heading is more than one word ("About the author: Jane Doe is ...", "L'autore: ..."), never a bare
    // "Author: Jane Doe is ...", which may as well be a credit line.
    private static readonly Regex Inline = new(
        @"^[*_\W]{0,3}(?:" + string.Join('|', LanguageCatalogue.Union(r => r.AuthorHeadings)
            .Where(h => h.Contains(' ', StringComparison.Ordinal) || h.Contains('\'', StringComparison.Ordinal))
            .OrderByDescending(h => h.Length).Select(Pattern))
        + @")\s*[:—–-]\s*(?<bio>\p{Lu}.{20,})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Longer lines are sentences; they skip the normalising (this runs on every block near the end of an article).
    private static readonly int LongestLine = 2 * Headings.Max(h => h.Length) + 8;

    public static bool Matches(string line) => line.Length <= LongestLine && Headings.Contains(Normalise(line));

    /// <summary>
    /// The bio after an inline heading ("*About the author: Jane Doe is ...", "About the authors — ..."), or null.
    /// </summary>
    public static string? InlineBio(string line) => Inline.Match(line.Trim()) is { Success: true } m ? m.Groups["bio"].Value : null;

    // Compared without a final colon, with single spaces and straight apostrophes: "About  the author :" is a heading.
    private static string Normalise(string line)
    {
        var text = line.Trim();
        if (text.EndsWith(':'))
            text = text[..^1].TrimEnd();
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');
    }

    private static string Pattern(string heading) =>
        Regex.Escape(heading).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal);
}
