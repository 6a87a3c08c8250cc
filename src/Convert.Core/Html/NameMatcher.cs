using System.Buffers;
using System.Text.RegularExpressions;

namespace Convert.Core.Html;

/// <summary>
/// Matches one use's class and id names against an element's names: true when any name matches. Plain names are
/// found together by one vectorised substring search; only names with pattern syntax ("share-?buttons", "^hid$")
/// go through a regular expression. Same answers as one regex of all the names, without compiling it at start-up.
/// </summary>
internal sealed class NameMatcher
{
    private readonly SearchValues<string>? _plain;
    private readonly Regex? _patterns;

    private NameMatcher(SearchValues<string>? plain, Regex? patterns) => (_plain, _patterns) = (plain, patterns);

    /// <summary>A matcher for <paramref name="names"/>, or null when there are none.</summary>
    /// <param name="names">Regular expressions, most of them plain words.</param>
    /// <param name="wholeParts">Each name must be a whole name part: bounded by the start or end, whitespace, '-' or '_'.</param>
    /// <param name="timeout">How long a pattern may take before it counts as no match.</param>
    public static NameMatcher? Create(IReadOnlyList<string> names, bool wholeParts, TimeSpan timeout)
    {
        if (names.Count == 0)
            return null;
        var plain = wholeParts ? [] : names.Where(IsPlain).ToArray();
        var patterns = names.Except(plain).ToList();
        return new NameMatcher(
            plain.Length > 0 ? SearchValues.Create(plain, StringComparison.Ordinal) : null,
            patterns.Count > 0 ? Compile(patterns, wholeParts, timeout) : null);
    }

    public bool IsMatch(string names)
    {
        if (_plain is not null && names.AsSpan().ContainsAny(_plain))
            return true;
        if (_patterns is null)
            return false;
        try
        {
            return _patterns.IsMatch(names);
        }
        catch (RegexMatchTimeoutException)
        {
            // A user's pattern must not hang a batch: a match that takes too long counts as none.
            return false;
        }
    }

    private static bool IsPlain(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ' ');

    private static Regex Compile(List<string> names, bool wholeParts, TimeSpan timeout)
    {
        var union = string.Join("|", names.Select(n => $"(?:{n})"));
        return new Regex(wholeParts ? $@"(?:^|[\s_-])(?:{union})(?:$|[\s_-])" : union, RegexOptions.CultureInvariant, timeout);
    }
}
