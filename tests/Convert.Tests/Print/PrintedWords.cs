using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Convert.Tests.Print;

/// <summary>
/// Words compared the way a reader of the page sees them: ligatures unfolded, soft hyphens dropped, a word
/// hyphenated at a line end joined again, case and punctuation ignored. Hyphens inside words are dropped on both
/// sides, so "flood-defence" matches whether or not the line broke at its hyphen.
/// </summary>
internal static partial class PrintedWords
{
    public static List<string> Of(string text)
    {
        var folded = UnfoldLigatures(text.Normalize(NormalizationForm.FormKC)).Replace("\u00AD", "", StringComparison.Ordinal);
        folded = LineEndHyphen().Replace(folded, "$1$2");
        return [.. folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(w => w.Length > 0)];
    }

    /// <summary>
    /// The first word of <paramref name="expected"/> that is not found, in order, in <paramref name="printed"/>
    /// (other words may come between, such as headers, footers and footnote numbers), with what preceded it; null when
    /// all are there.
    /// </summary>
    public static string? FirstMissing(IReadOnlyList<string> expected, IReadOnlyList<string> printed)
    {
        var at = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            var found = false;
            for (; at < printed.Count && !found; at++)
            {
                // A footnote number printed right after a word ("Hyperlink1") still counts as the word.
                found = printed[at] == expected[i]
                    || (printed[at].StartsWith(expected[i], StringComparison.Ordinal) && printed[at][expected[i].Length..].All(char.IsAsciiDigit));
                // A raised superscript may be read as a word of its own ("kg/m 3" for kg/m³): the two together count.
                if (!found && at + 1 < printed.Count && printed[at + 1].All(char.IsAsciiDigit)
                    && string.Concat(printed[at], printed[at + 1]) == expected[i])
                {
                    found = true;
                    at++;
                }
            }

            if (!found)
            {
                var before = string.Join(' ', expected.Skip(Math.Max(0, i - 5)).Take(Math.Min(i, 5)));
                return $"'{expected[i]}' (after '{before}')";
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="phrase"/> appears in <paramref name="printed"/> as consecutive words.</summary>
    public static bool ContainsPhrase(IReadOnlyList<string> printed, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + phrase.Count <= printed.Count; start++)
        {
            if (phrase.Select((word, i) => printed[start + i] == word).All(same => same))
            {
                return true;
            }
        }

        return false;
    }

    // With invariant globalization, FormKC leaves the Latin ligatures PDF text extraction may return.
    private static string UnfoldLigatures(string text) => text
        .Replace("\uFB00", "ff", StringComparison.Ordinal)
        .Replace("\uFB01", "fi", StringComparison.Ordinal)
        .Replace("\uFB02", "fl", StringComparison.Ordinal)
        .Replace("\uFB03", "ffi", StringComparison.Ordinal)
        .Replace("\uFB04", "ffl", StringComparison.Ordinal)
        .Replace("\uFB06", "st", StringComparison.Ordinal);

    private static string Normalize(string word) =>
        string.Concat(word.Where(c => char.IsLetterOrDigit(c))).ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\p{L})[-\u2010]\n(\p{Ll})")]
    private static partial Regex LineEndHyphen();
}
