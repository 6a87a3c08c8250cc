using System.Buffers;
using Convert.Core.Languages;
using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// Guesses an article's language from its most common short words, for inputs that do not say (scraped text, pages
/// without lang), among the languages of the catalogue that list guess words: English, German, French, Spanish,
/// Italian, Portuguese or Dutch. Says nothing unless one language clearly leads on enough words, so a short or mixed
/// text keeps "unknown".
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

    // The catalogue's languages that have guess words; the others are never guessed.
    private static readonly LanguageRecord[] Languages = [.. LanguageCatalogue.All.Where(r => r.GuessWords.Count > 0)];

    // Each listed word with the languages that list it, looked up straight from the text's spans: the guess runs on
    // every text conversion, so it neither splits nor lower-cases the text.
    private static readonly Dictionary<string, (int Id, int[] Languages)> WordTable = BuildWordTable();
    private static readonly Dictionary<string, (int Id, int[] Languages)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        WordTable.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Separators =
        SearchValues.Create([' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”', '«', '»', '—', '–']);

    /// <summary>The language tag of <paramref name="article"/>'s body and bios, or null when unsure.</summary>
    public static string? Of(Article article) =>
        Guess(article.Body.Select(b => b.PlainText).Concat(article.Authors.SelectMany(a => a.Bio)));

    public static string? Guess(IEnumerable<string> texts)
    {
        var hits = new int[Languages.Length];
        var seen = new bool[Languages.Length, WordTable.Count];
        var distinct = new int[Languages.Length];
        var words = 0;
        foreach (var text in texts)
        {
            var rest = text.AsSpan();
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOfAny(Separators);
                var word = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[(end + 1)..];
                if (word.IsEmpty)
                    continue;
                words++;
                if (!Lookup.TryGetValue(word, out var entry))
                    continue;
                foreach (var language in entry.Languages)
                {
                    hits[language]++;
                    if (!seen[language, entry.Id])
                    {
                        seen[language, entry.Id] = true;
                        distinct[language]++;
                    }
                }
            }
        }
        var ranked = hits.Select((count, index) => (count, index)).OrderByDescending(h => h.count).ToArray();
        var (best, second) = (ranked[0], ranked[1]);
        return best.count >= MinHits && best.count >= second.count * MinLead && best.count >= words * MinShare
            && distinct[best.index] >= MinDistinct
            ? Languages[best.index].Tag
            : null;
    }

    private static Dictionary<string, (int Id, int[] Languages)> BuildWordTable()
    {
        var table = new Dictionary<string, (int Id, int[] Languages)>(StringComparer.OrdinalIgnoreCase);
        for (var language = 0; language < Languages.Length; language++)
        {
            foreach (var word in Languages[language].GuessWords)
            {
                table[word] = table.TryGetValue(word, out var entry)
                    ? (entry.Id, [.. entry.Languages, language])
                    : (table.Count, [language]);
            }
        }
        return table;
    }
}
