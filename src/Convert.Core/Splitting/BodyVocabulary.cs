using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// The words of the body, normalised and counted, to tell whether a person is one of the article's subjects.
/// Counting once lets the search for trailing bios try many cut points without rescanning a long body.
/// </summary>
internal sealed class BodyVocabulary
{
    private static readonly char[] Trailing = ['\'', '’', 's', ',', ';', ':', '!', '?', ')', '"'];

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

    /// <summary>This vocabulary less the words of <paramref name="blocks"/> (which must have been counted in it).</summary>
    public BodyVocabulary Without(IEnumerable<SourceBlock> blocks)
    {
        var counts = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            Count(block.Text, counts, -1);
        }
        return new BodyVocabulary(counts);
    }

    /// <summary>True when the body holds the word (as normalised by <see cref="PersonName.Keys"/>), also in plural or possessive form.</summary>
    public bool Contains(string key) =>
        (_counts.TryGetValue(key, out var n) && n > 0) || (_counts.TryGetValue(key.TrimEnd('s'), out var m) && m > 0);

    private static void Count(string text, Dictionary<string, int> counts, int delta)
    {
        foreach (var word in PersonName.NormalisedWords(text))
        {
            var key = word.TrimEnd(Trailing);
            if (key.Length > 0)
            {
                counts[key] = counts.GetValueOrDefault(key) + delta;
            }
        }
    }
}
