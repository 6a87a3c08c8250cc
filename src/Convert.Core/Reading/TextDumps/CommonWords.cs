using Convert.Core.Languages;

namespace Convert.Core.Reading.TextDumps;

/// <summary>The common short words of every catalogued language (their guess words): prose is full of them, menus and
/// link lists are not.</summary>
internal static class CommonWords
{
    private static readonly HashSet<string> Words = new(LanguageCatalogue.Union(r => r.GuessWords), StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word tokens (runs of letters and digits) of <paramref name="text"/>, and how many are common words.</summary>
    public static (int Tokens, int StopWords) Count(string text)
    {
        int tokens = 0, stop = 0, start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord)
            {
                if (start < 0)
                    start = i;
                continue;
            }
            if (start < 0)
                continue;
            tokens++;
            if (Lookup.Contains(text.AsSpan(start, i - start)))
                stop++;
            start = -1;
        }
        return (tokens, stop);
    }
}
