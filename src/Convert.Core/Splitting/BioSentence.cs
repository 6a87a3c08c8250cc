using System.Text.RegularExpressions;
using Convert.Core.Languages;

namespace Convert.Core.Splitting;

/// <summary>
/// A bio paragraph that names its subject at the start: "Jane Doe is a senior fellow at ...",
/// "Dr. John Example has worked as ...", "Ann Poe writes about ...", "Katrin Wolff ist Redakteurin ..." (the bio verbs
/// of every language in the catalogue). Used where no name line precedes it.
/// </summary>
internal static partial class BioSentence
{
    private static readonly HashSet<string> VerbSet = new(LanguageCatalogue.Union(r => r.BioVerbs), StringComparer.Ordinal);

    // The name (up to six capitalised words, the fewest that work), an optional appositive, then a bio verb.
    private static readonly Regex Opening = new(
        @"^(?<name>(?:[\p{Lu}][\p{L}\p{M}'’.\-]*\s+){0,5}?[\p{Lu}][\p{L}\p{M}'’.\-]*)(?:,\s[^,]{1,80},)?\s+(?:"
        + string.Join('|', VerbSet.Select(Regex.Escape)) + @")\b",
        RegexOptions.CultureInvariant);

    /// <summary>True for the verbs that follow a name at the start of a bio ("is", "has", "writes", "joined"...).</summary>
    public static bool IsBioVerb(string word) => VerbSet.Contains(word);

    /// <summary>The person a paragraph opens with, when a bio verb follows the name; otherwise null.</summary>
    public static PersonName? TryGetSubject(string text)
    {
        // Ranks may carry "(R)", which the name pattern does not allow: set the honorific aside first.
        var leading = text.Split(' ', 8, StringSplitOptions.RemoveEmptyEntries);
        var (_, count) = Honorifics.TakeLeading(leading[..Math.Min(leading.Length, 7)]);
        var honorificWords = leading[..count];
        var match = Opening.Match(count == 0 ? text : string.Join(' ', leading[count..]));
        if (!match.Success)
        {
            return null;
        }
        var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A scrape that glued the name line to the bio repeats the first name: "Dan Roe Dan is the editor ...".
        if (words.Length >= 3 && words[^1] == words[0])
        {
            words = words[..^1];
        }
        return NameLine.TryParseTokens([.. honorificWords, .. words]);
    }

    /// <summary>
    /// Wording typical of bios ("senior fellow", "author of", "based in", a job title...): evidence needed before a
    /// last body paragraph that merely starts with a name is treated as a bio.
    /// </summary>
    public static bool HasBioCues(string text) =>
        Cues().IsMatch(text) || RoleWords().Matches(text).Any(m => RoleLine.IsRoleWord(m.Value));

    [GeneratedRegex(@"\b(?:author\s+of|based\s+in|areas?\s+of\s+(?:interest|expertise|research)|(?:his|her|their)\s+(?:research|work|writing)|has\s+(?:worked|written|covered|reported|taught|published|served)|holds\s+an?\b|degree|Ph\.?D|master'?s|bachelor'?s|graduate\s+of|university|journalist|twitter|@\w+|\w+@\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex Cues();

    [GeneratedRegex(@"[\p{L}\-]+")]
    private static partial Regex RoleWords();
}
