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
        char[]? buffer = null;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny(' ', '\u00A0');
            end = end < 0 ? text.Length : start + end;
            if (end > start)
            {
                buffer = buffer is null || buffer.Length < end - start ? new char[Math.Max(64, end - start)] : buffer;
                var length = Normalised(text.AsSpan(start, end - start), buffer);
                if (length > 0)
                    yield return new string(buffer, 0, length);
            }
            start = end + 1;
        }
    }

    /// <summary>
    /// Writes the word lower-cased, without dots and without commas at either end into <paramref name="buffer"/>
    /// (at least the word's length) and gives the length written, or 0 when nothing is left or the word is an
    /// honorific or a suffix ("Dr", "PhD").
    /// </summary>
    internal static int Normalised(ReadOnlySpan<char> word, Span<char> buffer)
    {
        word.ToLowerInvariant(buffer);
        var kept = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (buffer[i] != '.')
                buffer[kept++] = buffer[i];
        }
        var lower = buffer[..kept];
        var trimmed = lower.Trim(',');
        if (trimmed.IsEmpty || Honorifics.IsTitleOrSuffix(trimmed))
            return 0;
        if (lower[0] == ',')
            trimmed.CopyTo(buffer); // overlapping copies are safe with spans

        return trimmed.Length;
    }
}
