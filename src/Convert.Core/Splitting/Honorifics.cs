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

    /// <summary>The honorific without its trailing dot when <paramref name="token"/> is one, else null.</summary>
    public static string? AsTitle(string token)
    {
        var bare = token.TrimEnd('.');
        if (!Titles.Contains(bare) || !char.IsUpper(bare[0]))
        {
            return null;
        }
        return bare;
    }

    public static bool IsSuffix(string token) => Suffixes.Contains(token.TrimEnd('.', ','));
}
