namespace Convert.Core.Splitting;

/// <summary>A person's name as found on the page, split from its honorific.</summary>
/// <param name="Honorific">"Dr", "Prof", "Mr"... without a trailing dot, or null.</param>
/// <param name="Name">The name without honorific ("Jane Q Example").</param>
internal sealed record PersonName(string? Honorific, string Name)
{
    /// <summary>The name's words, lower-cased, without dots and suffixes: the basis of every comparison.</summary>
    public IReadOnlyList<string> Keys => Normalise(Name);

    public string FirstName => Keys.Count > 0 ? Keys[0] : "";

    public string Surname => Keys.Count > 0 ? Keys[^1] : "";

    /// <summary>
    /// Same person: equal names ignoring case, dots and honorifics, or the same first name and surname
    /// when one of them carries a middle name or initial ("Jane Doe" = "Jane Q. Doe").
    /// </summary>
    public bool IsSamePersonAs(PersonName other)
    {
        if (Keys.SequenceEqual(other.Keys))
        {
            return true;
        }
        return Keys.Count >= 2 && other.Keys.Count >= 2 && FirstName == other.FirstName && Surname == other.Surname;
    }

    internal static IReadOnlyList<string> Normalise(string text) => NormalisedWords(text).ToList();

    /// <summary>
    /// The words of <see cref="Normalise"/> one at a time: a long body is never split into an array of all its words
    /// at once (an 8 MB paragraph made about 130 MB of them).
    /// </summary>
    internal static IEnumerable<string> NormalisedWords(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny(' ', '\u00A0');
            end = end < 0 ? text.Length : start + end;
            if (end > start && Normalised(text[start..end]) is { } word)
                yield return word;
            start = end + 1;
        }
    }

    private static string? Normalised(string word)
    {
        var w = word.Replace(".", "", StringComparison.Ordinal).Trim(',').ToLowerInvariant();
        return w.Length > 0 && !Honorifics.IsSuffix(w) && Honorifics.AsTitle(Capitalise(w)) is null ? w : null;
    }

    private static string Capitalise(string w) => char.ToUpperInvariant(w[0]) + w[1..];
}
