using System.Text.RegularExpressions;
using Convert.Core.Languages;

namespace Convert.Core.Splitting;

/// <summary>
/// Reads byline lines: "By Jane Doe", "By Jane Doe | March 3, 2025", "By Jane Doe, John Roe and Ann Poe",
/// "Written by Jane Doe", "Posted by Jane Doe on 3 March 2025", "By Jane Doe, Senior Editor", and the same with
/// the byline words and conjunctions of the other languages in the catalogue ("Von Katrin Wolff und Jan Berg").
/// A line counts only when the words after "By" are a name, so "By Tuesday, prices had..." is not a byline.
/// </summary>
internal static partial class BylineParser
{
    private const int MaxLength = 200;

    public static Byline? TryParse(string line)
    {
        var raw = line.Trim();
        if (raw.Length <= MaxLength && DateThenBy().Match(raw) is { Success: true } dated)
        {
            // "Posted on March 18, 2023 by Jane Doe": the date comes before the names.
            var date = DateParser.Find(dated.Groups["date"].Value)?.Iso;
            var (datedNames, datedRole) = ParseNames(dated.Groups["names"].Value.Trim());
            return date is null || datedNames.Count == 0 ? null : new Byline(raw, datedNames, datedRole, date);
        }
        var prefix = Prefix.Match(raw);
        if (!prefix.Success || raw.Length > MaxLength)
        {
            return null;
        }
        var rest = raw[prefix.Length..];
        string? published = null;
        var pieces = Separators().Split(rest);
        var namePart = pieces[0].Trim();
        foreach (var piece in pieces.Skip(1))
        {
            published ??= DateParser.Find(piece)?.Iso;
        }
        var on = OnDate().Match(namePart);
        if (on.Success)
        {
            published ??= DateParser.Find(on.Value)?.Iso;
            namePart = namePart[..on.Index].TrimEnd();
        }
        var (names, role) = ParseNames(namePart);
        // "Von Berlin aus gesehen": a "by" that is also a preposition counts only before a person's name.
        if (names.Count == 0 && prefix.Groups["preposition"].Success)
            return null;
        if (names.Count == 0)
        {
            // "By Staff Reporter", "By Reuters": a byline that names no person; it is still not body or title.
            return Anonymous().IsMatch(namePart) ? new Byline(raw, [], null, published) : null;
        }
        return new Byline(raw, names, role, published);
    }

    private static (IReadOnlyList<PersonName> Names, string? Role) ParseNames(string text)
    {
        var names = new List<PersonName>();
        var segments = text.Split(',');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].Trim();
            var people = And.Split(segment).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            var parsed = people.Select(p => NameLine.TryParseTokens(p.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
            if (parsed.Count > 0 && parsed.All(p => p is not null))
            {
                names.AddRange(parsed!);
                continue;
            }
            if (i == 0)
            {
                return ([], null);
            }
            // The first segment that is not names is the role of the last person: "By Jane Doe, Senior Editor, Org".
            var role = string.Join(",", segments[i..]).Trim().TrimEnd('.');
            return (names, role.Length > 0 ? role : null);
        }
        return (names, null);
    }

    /// <summary>
    /// True when <paramref name="text"/> starts with a one-word "by" of any language and a space ("By ", "Von ", "Par ").
    /// </summary>
    public static bool StartsWithBylineWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && OneWordBylines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(0, space));
    }

    private static readonly HashSet<string> OneWordBylines = new(
        LanguageCatalogue.Union(r => r.BylineWords).Where(w => !w.Contains(' ', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);

    // The byline words of every language; the group "preposition" holds those that need a person's name after them.
    private static readonly Regex Prefix = new(
        @"^(?:" + Words(LanguageCatalogue.All.Where(r => r.BylineWithoutPerson).SelectMany(r => r.BylineWords))
        + "|(?<preposition>" + Words(LanguageCatalogue.All.Where(r => !r.BylineWithoutPerson).SelectMany(r => r.BylineWords)) + @"))\s+(?=\p{Lu})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex And = new(
        @"\s+(?:&|" + Words(LanguageCatalogue.Union(r => r.Conjunctions)) + @")\s+", RegexOptions.CultureInvariant);

    // Longest first, so that "Written by" is tried before "By"; a space in a phrase matches any run of spaces.
    private static string Words(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length)
            .Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}$")]
    private static partial Regex Anonymous();

    [GeneratedRegex(@"^(?:posted|published|written|updated)\s+(?:on\s+)?(?<date>.+?)\s+by\s+(?<names>\p{Lu}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateThenBy();

    [GeneratedRegex(@"\s+[|•·]\s+|\s+[—–-]\s+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+on\s+.*$")]
    private static partial Regex OnDate();
}
