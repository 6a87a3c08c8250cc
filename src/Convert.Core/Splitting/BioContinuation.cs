using System.Text.RegularExpressions;

namespace Convert.Core.Splitting;

/// <summary>
/// Whether a paragraph is about a given person: it opens with the person's full name (with or without honorific),
/// first name, surname, "Dr. Surname", or a pronoun (He, She, They, His, Her, Their, I, My).
/// </summary>
internal static partial class BioContinuation
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "He", "She", "They", "His", "Her", "Their", "Hers", "Theirs", "I", "My", "He's", "She's", "They're",
        "They've", "He’s", "She’s", "I'm", "I’m", "I've", "I’ve", "Him",
    };

    /// <summary>
    /// True when the paragraph starts with a pronoun or with the person's name, or its first clause is about them
    /// ("Before joining the institute he spent ...").
    /// </summary>
    public static bool Continues(string text, PersonName person) =>
        StartsWithPronoun(text) || StartsWithPerson(text, person) || IsContactLine(text) || PronounInFirstClause(text);

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "they", "his", "her", "their" };

    private const int FirstClauseWords = 7;

    private static bool PronounInFirstClause(string text)
    {
        var clause = text.Split([',', ';', '.', ':'], 2)[0];
        return LeadingWords().Matches(clause).Take(FirstClauseWords).Any(m => SubjectPronouns.Contains(m.Value));
    }

    /// <summary>
    /// "Contact her at ...", "Follow him on X @handle", "Email them at ...": how to reach the author just described.
    /// </summary>
    public static bool IsContactLine(string text) => ContactLine().IsMatch(text);

    public static bool StartsWithPronoun(string text)
    {
        var first = FirstWord().Match(text);
        return first.Success && Pronouns.Contains(first.Value);
    }

    /// <summary>
    /// True when the text opens with the person: full name or first name or surname, optionally after an honorific.
    /// </summary>
    public static bool StartsWithPerson(string text, PersonName person)
    {
        var words = LeadingWords().Matches(text).Take(10).Select(m => m.Value).ToList();
        words.RemoveRange(0, Honorifics.TakeLeading(words).Count);
        var keys = words.Select(w => Key(w)).ToList();
        if (keys.Count == 0 || person.Keys.Count == 0)
        {
            return false;
        }
        if (keys.Count >= person.Keys.Count && keys.Take(person.Keys.Count).SequenceEqual(person.Keys))
        {
            return true;
        }
        return keys[0] == person.FirstName || keys[0] == person.Surname;
    }

    /// <summary>
    /// True when the text opens with the person as the subject of a bio: their full name followed by a bio verb
    /// ("Dr. Jane Doe has worked ..."), or their first name or surname followed by one ("Doe is ...").
    /// Stricter than <see cref="StartsWithPerson"/>, which menus and headline lists also pass ("Big News" above "Big Sale").
    /// </summary>
    public static bool OpensAsSubject(string text, PersonName person)
    {
        if (BioSentence.TryGetSubject(text) is { } subject && (subject.IsSamePersonAs(person) || subject.Surname == person.Surname))
        {
            return true;
        }
        var words = LeadingWords().Matches(text).Take(8).Select(m => m.Value).ToList();
        words.RemoveRange(0, Honorifics.TakeLeading(words).Count);
        if (words.Count < 2)
        {
            return false;
        }
        var first = Key(words[0]);
        return (first == person.FirstName || first == person.Surname) && BioSentence.IsBioVerb(words[1]);
    }

    /// <summary>True when the text names the person anywhere (first name or surname), as in "Award-winning writer Jane Doe...".</summary>
    public static bool Mentions(string text, PersonName person) =>
        LeadingWords().Matches(text).Select(m => Key(m.Value)).Any(k => k == person.Surname || k == person.FirstName);

    // "Doe's" and "Doe’s" name the same person as "Doe".
    private static string Key(string word) =>
        Possessive().Replace(word, "").Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();

    [GeneratedRegex(@"^(?:you\s+can\s+)?(?:contact|email|e-mail|reach|follow|find|write\s+to)\s+(?:him|her|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    [GeneratedRegex(@"^[\p{L}'’]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"[\p{L}\p{M}'’.\-]+")]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"['’]s$")]
    private static partial Regex Possessive();
}
