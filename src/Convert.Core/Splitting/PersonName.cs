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

    internal static IReadOnlyList<string> Normalise(string text) =>
        text.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Replace(".", "", StringComparison.Ordinal).Trim(',').ToLowerInvariant())
            .Where(w => w.Length > 0 && !Honorifics.IsSuffix(w) && Honorifics.AsTitle(Capitalise(w)) is null)
            .ToList();

    private static string Capitalise(string w) => char.ToUpperInvariant(w[0]) + w[1..];
}
