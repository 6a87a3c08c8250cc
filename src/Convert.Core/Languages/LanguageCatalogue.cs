namespace Convert.Core.Languages;

/// <summary>
/// The languages the tool knows, one record each. Adding a language is one file with its record and one line here.
/// </summary>
internal static class LanguageCatalogue
{
    /// <summary>Every record, English first. Readers take the words of all of them at once.</summary>
    public static IReadOnlyList<LanguageRecord> All { get; } =
    [
        English.Record,
        German.Record,
        French.Record,
        Spanish.Record,
        Italian.Record,
        Portuguese.Record,
        Dutch.Record,
        Swedish.Record,
        Danish.Record,
        Norwegian.Record,
    ];

    /// <summary>The default, for articles whose language is unknown or not in the catalogue.</summary>
    public static LanguageRecord Default => English.Record;

    private static readonly Dictionary<string, LanguageRecord> ByTag = BuildTagTable();

    /// <summary>The record for a BCP 47 tag by its primary subtag ("de-AT" → German), or null when there is none.</summary>
    public static LanguageRecord? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        var tag = language.AsSpan().Trim();
        var end = tag.IndexOfAny('-', '_');
        return ByTag.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(end < 0 ? tag : tag[..end], out var record) ? record : null;
    }

    /// <summary>Each distinct word of <paramref name="words"/> over all records, in catalogue order.</summary>
    public static IEnumerable<string> Union(Func<LanguageRecord, IEnumerable<string>> words) =>
        All.SelectMany(words).Distinct(StringComparer.Ordinal);

    private static Dictionary<string, LanguageRecord> BuildTagTable()
    {
        var table = new Dictionary<string, LanguageRecord>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in All)
        {
            foreach (var tag in record.OtherTags.Prepend(record.Tag))
                table.Add(tag, record);
        }
        return table;
    }
}
