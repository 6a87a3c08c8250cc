using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// Guesses an article's language from its most common short words, for inputs that do not say (scraped text, pages
/// without lang): English, German, French, Spanish, Italian, Portuguese or Dutch. Says nothing unless one language
/// clearly leads on enough words, so a short or mixed text keeps "unknown".
/// </summary>
internal static class LanguageGuess
{
    private const int MinHits = 25;
    private const double MinLead = 1.6;

    // In running text of a language these short words are one word in five or more; a related language or Latin
    // filler that shares a few of them ("a", "o", "se"; "et", "est") reaches far less.
    private const double MinShare = 0.12;

    // ... and uses many different ones: Czech shares four of the Portuguese words, never a dozen.
    private const int MinDistinct = 8;

    private static readonly (string Tag, HashSet<string> Words)[] Languages =
    [
        ("en", Set("the and of to is that was with for it this are have from which were been has not by")),
        ("de", Set("der die und das ist nicht mit sich auf den dem ein eine auch wird von zu im für sind")),
        ("fr", Set("le la les et des est une dans pour que qui pas sur avec du au ce il elle sont")),
        ("es", Set("el los las y que del por una con para es se su al lo como más pero sus")),
        ("it", Set("il che di per una non sono con del della gli è anche nel alla dei delle le si")),
        ("pt", Set("o os que do da em para com uma não dos é no na se mais ao das pelo")),
        ("nl", Set("het een en van is dat op niet met voor zijn ook te er maar om naar bij de")),
    ];

    /// <summary>The language tag of <paramref name="article"/>'s body and bios, or null when unsure.</summary>
    public static string? Of(Article article) =>
        Guess(article.Body.Select(b => b.PlainText).Concat(article.Authors.SelectMany(a => a.Bio)));

    public static string? Guess(IEnumerable<string> texts)
    {
        var hits = new int[Languages.Length];
        var distinct = Languages.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var words = 0;
        foreach (var text in texts)
        {
            foreach (var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                words++;
                var lower = word.ToLowerInvariant();
                for (var i = 0; i < Languages.Length; i++)
                {
                    if (Languages[i].Words.Contains(lower))
                    {
                        hits[i]++;
                        distinct[i].Add(lower);
                    }
                }
            }
        }
        var ranked = hits.Select((count, index) => (count, index)).OrderByDescending(h => h.count).ToArray();
        var (best, second) = (ranked[0], ranked[1]);
        return best.count >= MinHits && best.count >= second.count * MinLead && best.count >= words * MinShare
            && distinct[best.index].Count >= MinDistinct
            ? Languages[best.index].Tag
            : null;
    }

    private static readonly char[] Separators = [' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”', '«', '»', '—', '–'];

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
