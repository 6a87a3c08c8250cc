using System.Buffers;
using System.Text.RegularExpressions;

namespace Convert.Core.Splitting;

/// <summary>
/// A line holding only a person's name: "Mr Jane Q Example", "Dr. John Example", "Jane Doe, PhD", "About Jane Doe", "Written by Jane Doe".
/// 2-6 name words (one is enough after an honorific), no digits, no sentence punctuation, up to about 60 characters.
/// </summary>
internal static partial class NameLine
{
    public const int MaxLength = 60;

    public static PersonName? TryParse(string line)
    {
        var text = LeadIn().Replace(line.Trim(), "");
        if (text.Length == 0 || text.Length > MaxLength || text.Any(char.IsDigit))
        {
            return null;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Ranks may carry "(R)"; the name after them may not hold sentence marks.
        var afterHonorific = string.Join(' ', words.Skip(Honorifics.TakeLeading(words).Count));
        if (afterHonorific.AsSpan().IndexOfAny(SentenceMarks) >= 0)
        {
            return null;
        }
        if (text.EndsWith('.') && !Honorifics.IsSuffix(words[^1]) && words[^1].Length > 2)
        {
            return null; // "Jane Doe." reads as a sentence; "Jane Doe Jr." and "John Q." do not.
        }
        return TryParseTokens(words);
    }

    /// <summary>Parses name words with an optional leading honorific and trailing suffixes.</summary>
    public static PersonName? TryParseTokens(IReadOnlyList<string> words)
    {
        var tokens = words.ToList();
        if (tokens.Count == 0)
        {
            return null;
        }
        var (honorific, count) = Honorifics.TakeLeading(tokens);
        if (honorific is not null)
        {
            tokens.RemoveRange(0, count);
        }
        while (tokens.Count > 1 && Honorifics.IsSuffix(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }
        if (tokens.Count > 0)
        {
            tokens[^1] = tokens[^1].TrimEnd(',');
        }
        if (tokens.Any(t => t.Contains(',', StringComparison.Ordinal)))
        {
            return null;
        }
        if (!NameTokens.AreName(tokens, minimum: honorific is null ? 2 : 1))
        {
            return null;
        }
        return new PersonName(honorific, string.Join(' ', tokens));
    }

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create("!?;:\"“”()|/@");

    // "About Jane Doe" over a bio, "Written by Jane Doe" over a tagline (as blogging platforms end a post).
    [GeneratedRegex(@"^(?:About|(?:Written|Posted|Words)\s+by|By)\s+(?=\p{Lu})")]
    private static partial Regex LeadIn();
}
