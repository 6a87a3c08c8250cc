using System.Text.RegularExpressions;
using Convert.Core.Languages;

namespace Convert.Core.Splitting;

/// <summary>
/// A short line naming a job: "Research Officer/ Managing Editor Some Insight", "Director Research",
/// "Senior Fellow", "Redakteurin". Under about 120 characters, no final period, at least one role word of a language
/// in the catalogue.
/// </summary>
internal static partial class RoleLine
{
    public const int MaxLength = 120;

    private static readonly HashSet<string> TitleWords = new(LanguageCatalogue.Union(r => r.RoleWords), StringComparer.OrdinalIgnoreCase);

    // A headline mentioning a job ("This is how the Director really hurt them") has verbs; a role line has none.
    private static readonly HashSet<string> NotRoleWords = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "will", "would", "could", "should", "might", "may", "can", "says", "said",
        "has", "have", "had", "does", "did", "do", "how", "why", "what", "Might", "Will", "Could", "Says", "Is",
    };

    // Roles are capitalised noun phrases ("Head of the School of Social Sciences", "staff writer"); a headline that
    // mentions a job reads as a sentence ("Meet the first candidate running for president on climate change").
    private const int MaxLowerCaseContentWords = 2;

    private static readonly HashSet<string> FunctionWords = new(LanguageCatalogue.Union(r => r.RoleConnectors), StringComparer.Ordinal);

    private static bool IsLowerCaseContentWord(string word) => char.IsLower(word[0]) && !FunctionWords.Contains(word);

    public static bool IsRoleWord(string token)
    {
        var word = token.Trim(',', '.', '/', '(', ')', ';', ':');
        if (TitleWords.Contains(word))
        {
            return true;
        }
        // Plurals: "Editors", "Fellows".
        return word.Length > 3 && word.EndsWith('s') && TitleWords.Contains(word[..^1]);
    }

    public static bool IsRole(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > MaxLength || text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!')
            || text.Contains("://", StringComparison.Ordinal) || text.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        return words.Count is > 0 and <= 16 && words.Any(IsRoleWord) && !words.Any(NotRoleWords.Contains)
            && words.Count(IsLowerCaseContentWord) <= MaxLowerCaseContentWords;
    }

    [GeneratedRegex(@"[\p{L}\p{M}'’\-]+")]
    private static partial Regex Words();
}
