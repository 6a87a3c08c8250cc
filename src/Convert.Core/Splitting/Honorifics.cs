namespace Convert.Core.Splitting;

/// <summary>
/// Titles that can stand before a name ("Dr", "Prof.") and suffixes that can follow it ("PhD", "Jr.").
/// The honorific is stored without a trailing dot ("Dr." and "Dr" both become "Dr"), so the same person
/// written both ways on one page gets one display form.
/// </summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Engr", "Sir", "Dame", "Rev", "Revd", "Dr.-Ing",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "PhD", "Ph.D", "Jr", "Sr", "II", "III", "IV", "MD", "M.D", "MBA", "MPH", "Esq", "OBE", "MBE", "CBE",
    };

    // Ranks that stand before names on defence and policy sites ("Brig (R) Dr. Jane Doe", "Lt Gen (Retd) John Roe").
    private static readonly HashSet<string> Ranks = new(StringComparer.OrdinalIgnoreCase)
    {
        "Brig", "Brigadier", "Gen", "Col", "Colonel", "Capt", "Captain", "Cdr", "Cdre", "Commodore", "Adm", "Admiral",
        "AVM", "Amb", "Ambassador", "Hon", "Justice", "Sen", "Senator", "Lieutenant",
    };

    // Words that are a rank only together with the next one: "Lt Gen", "Air Cdre", "Vice Adm", "Major General".
    private static readonly HashSet<string> RankPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Lt", "Maj", "Major", "Vice", "Rear", "Air", "General", "Marshal",
    };

    // A retired rank: "(R)", "(Retd)", "(Retd.)", "(retired)"; only after a rank or title.
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "(R)", "(Retd)", "(Retd.)", "(Rtd)", "(Rtd.)", "(retired)", "Retd", "Retd.", "R", "Rtd", "retired",
    };

    /// <summary>
    /// How many leading words are titles, ranks and their qualifiers, and the honorific they make
    /// ("Brig (R) Dr"); (null, 0) when the words do not start with one.
    /// </summary>
    public static (string? Honorific, int Count) TakeLeading(IReadOnlyList<string> words)
    {
        var taken = new List<string>();
        var i = 0;
        while (i < words.Count)
        {
            var bare = words[i].TrimEnd('.', ',');
            if (bare.Length == 0)
            {
                break;
            }
            if (AsTitle(words[i]) is { } title || (IsCapitalised(bare) && Ranks.Contains(bare) && (title = bare) is not null))
            {
                taken.Add(title);
            }
            else if (taken.Count > 0 && Qualifiers.Contains(words[i].TrimEnd(',')))
            {
                taken.Add(words[i].TrimEnd(','));
            }
            else if (IsCapitalised(bare) && RankPrefixes.Contains(bare) && i + 1 < words.Count
                && (Ranks.Contains(words[i + 1].TrimEnd('.')) || RankPrefixes.Contains(words[i + 1].TrimEnd('.')) || AsTitle(words[i + 1]) is not null))
            {
                taken.Add(bare);
            }
            else
            {
                break;
            }
            i++;
        }
        return taken.Count == 0 ? (null, 0) : (string.Join(' ', taken), i);
    }

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]);

    /// <summary>The honorific without its trailing dot when <paramref name="token"/> is one, else null.</summary>
    public static string? AsTitle(string token)
    {
        var bare = token.TrimEnd('.');
        if (bare.Length == 0 || !Titles.Contains(bare) || !char.IsUpper(bare[0]))
        {
            return null;
        }
        return bare;
    }

    public static bool IsSuffix(string token) => Suffixes.Contains(token.TrimEnd('.', ','));

    /// <summary>True when the token, as it is, is a title or a suffix in any case ("dr", "PHD").</summary>
    public static bool IsTitleOrSuffix(ReadOnlySpan<char> token) =>
        TitleLookup.Contains(token) || SuffixLookup.Contains(token);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
}
