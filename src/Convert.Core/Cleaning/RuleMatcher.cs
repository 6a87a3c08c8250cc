using System.Text.RegularExpressions;

namespace Convert.Core.Cleaning;

/// <summary>What a rule matches: whole lines equal to a phrase, lines starting with a prefix, or a regular expression.</summary>
public abstract class RuleMatcher
{
    /// <summary>A matcher that matches nothing.</summary>
    public static RuleMatcher Never { get; } = new PhraseMatcher([]);

    /// <summary>True when the matcher looks at a whole block (all its lines joined) rather than one line.</summary>
    public virtual bool MatchesWholeBlock => false;

    /// <summary>The most words a text can have and still match; longer lines are not tried.</summary>
    internal abstract int MaxWords { get; }

    /// <summary>A short human description, e.g. "phrases: share, share this" or "pattern: ^home\s*»".</summary>
    public abstract string Describe();

    /// <summary>Tries to match <paramref name="text"/> (a line or a block's text) whose comparison key is <paramref name="key"/>.</summary>
    internal abstract Match? TryMatch(string text, string key, int wordCount, out bool matched);
}

/// <summary>Matches a line whose <see cref="LineKey"/> equals one of the phrases.</summary>
internal sealed class PhraseMatcher(IEnumerable<string> phrases) : RuleMatcher
{
    private readonly HashSet<string> _keys = phrases.Select(LineKey.For).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    internal override int MaxWords => _keys.Count == 0 ? 0 : _keys.Max(LineKey.CountWords);

    public override string Describe() => "phrases: " + string.Join(", ", _keys.Order(StringComparer.Ordinal));

    internal override Match? TryMatch(string text, string key, int wordCount, out bool matched)
    {
        matched = _keys.Contains(key);
        return null;
    }
}

/// <summary>Matches a short line whose key starts with one of the prefixes at a word boundary.</summary>
internal sealed class PrefixMatcher(IEnumerable<string> prefixes, int maxWords) : RuleMatcher
{
    private readonly string[] _keys = prefixes.Select(LineKey.For).Where(k => k.Length > 0).ToArray();

    internal override int MaxWords => maxWords;

    public override string Describe() => $"prefixes (up to {maxWords} words): " + string.Join(", ", _keys);

    internal override Match? TryMatch(string text, string key, int wordCount, out bool matched)
    {
        matched = false;
        if (wordCount > maxWords)
            return null;
        foreach (var prefix in _keys)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) &&
                (key.Length == prefix.Length || !char.IsLetterOrDigit(key[prefix.Length])))
            {
                matched = true;
                return null;
            }
        }
        return null;
    }
}

/// <summary>
/// Matches a line (or a whole block) of at most <c>maxWords</c> words against a case-insensitive regular expression.
/// The expression sees the text as written, so named groups ("terms", "source") keep their case.
/// </summary>
/// <remarks>
/// The expression stays interpreted: compiling it to IL once it had been tried a few thousand times made the steady
/// state faster, but in a real batch (thousands of files, one process) the compilation cost more CPU than it saved.
/// </remarks>
internal sealed class PatternMatcher(Regex regex, bool wholeBlock, int maxWords) : RuleMatcher
{
    public override bool MatchesWholeBlock => wholeBlock;

    internal override int MaxWords => maxWords;

    internal Regex Pattern => regex;

    public override string Describe() => $"pattern{(wholeBlock ? " (block)" : "")} (up to {maxWords} words): {regex}";

    internal override Match? TryMatch(string text, string key, int wordCount, out bool matched)
    {
        matched = false;
        if (wordCount > maxWords)
            return null;
        try
        {
            // Nearly every line tried matches no rule: IsMatch answers that without building a Match.
            if (!regex.IsMatch(text))
                return null;
            matched = true;
            return regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological user pattern must not hang a batch: treat the line as not matched.
            return null;
        }
    }
}
