using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// The words of the body, normalised and counted, to tell whether a person is one of the article's subjects.
/// Counting once lets the search for trailing bios try many cut points without rescanning a long body.
/// </summary>
internal sealed class BodyVocabulary
{
    private const string Trailing = "'’s,;:!?)\"";

    private readonly Dictionary<string, int> _counts;

    private BodyVocabulary(Dictionary<string, int> counts) => _counts = counts;

    public static BodyVocabulary Empty { get; } = new([]);

    public static BodyVocabulary Of(IEnumerable<SourceBlock> blocks)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            Count(block.Text, counts, +1);
        }
        return new BodyVocabulary(counts);
    }

    /// <summary>
    /// Takes the words of <paramref name="block"/> (which must have been counted) out of this vocabulary, in place: a
    /// search that moves a cut point block by block pays for one block a step, not for a copy of the whole body.
    /// </summary>
    public void Remove(SourceBlock block) => Count(block.Text, _counts, -1);

    /// <summary>True when the body holds the word (as normalised by <see cref="PersonName.Keys"/>), also in plural or possessive form.</summary>
    public bool Contains(string key) =>
        (_counts.TryGetValue(key, out var n) && n > 0) || (_counts.TryGetValue(key.TrimEnd('s'), out var m) && m > 0);

    // Span-based: a long body is counted without a string per word (this ran for every article, on every word).
    private static void Count(string text, Dictionary<string, int> counts, int delta)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> small = stackalloc char[64];
        var start = 0;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny(' ', '\u00A0');
            end = end < 0 ? text.Length : start + end;
            if (end > start)
            {
                var buffer = end - start <= small.Length ? small : new char[end - start];
                var length = PersonName.Normalised(text.AsSpan(start, end - start), buffer);
                ReadOnlySpan<char> key = buffer[..length].TrimEnd(Trailing);
                if (key.Length > 0)
                    lookup[key] = (lookup.TryGetValue(key, out var n) ? n : 0) + delta;
            }
            start = end + 1;
        }
    }
}
