
namespace Convert.Core.Languages;

/// <summary>
/// Everything the tool knows about one language's words, for reading (bylines, author headings, roles, bio
/// openings, names, dates, the language guess) and for writing (the labels around an article). Reading uses every
/// record at once, since a scraped text does not say its language; writing uses the article's language.
/// </summary>
internal sealed record LanguageRecord
{
    /// <summary>The primary BCP 47 subtag ("de"), which also stands for its regional tags ("de-AT").</summary>
    public required string Tag { get; init; }

    /// <summary>Other primary subtags written for the same language ("no" for Norwegian Bokmål).</summary>
    public IReadOnlyList<string> OtherTags { get; init; } = [];

    /// <summary>The words that open a byline before the names: "By", "Written by", "Von", "Par".</summary>
    public required IReadOnlyList<string> BylineWords { get; init; }

    /// <summary>
    /// True when the byline word alone makes a byline, even one that names no person ("By Staff Reporter").
    /// False where the word is also an everyday preposition ("Von Berlin aus gesehen", "Par ailleurs").
    /// </summary>
    public bool BylineWithoutPerson { get; init; }

    /// <summary>The words between two names: "and", "und", "et".</summary>
    public required IReadOnlyList<string> Conjunctions { get; init; }

    /// <summary>Headings over the author bios, compared with a line without its final colon: "About the author".</summary>
    public required IReadOnlyList<string> AuthorHeadings { get; init; }

    /// <summary>Job words that make a short line a role ("Editor", "Redakteurin"); plurals in "s" are read too.</summary>
    public required IReadOnlyList<string> RoleWords { get; init; }

    /// <summary>Lower-case words a role may hold between its nouns: "Head of the School", "Directrice de la recherche".</summary>
    public IReadOnlyList<string> RoleConnectors { get; init; } = [];

    /// <summary>Verbs (and adverbs) that follow a name at the start of a bio: "Jane Doe is", "Katrin Wolff schreibt".</summary>
    public required IReadOnlyList<string> BioVerbs { get; init; }

    /// <summary>Lower-case words inside names: "van", "von", "de", "bin".</summary>
    public IReadOnlyList<string> NameParticles { get; init; } = [];

    /// <summary>Other spellings of each month read in dates, twelve entries ("Mär", "Mrz"; "Sept"), without dots.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> MonthAbbreviations { get; init; }

    /// <summary>True when dates are also written month first ("March 3, 2025"); day first ("3 March 2025") always reads.</summary>
    public bool MonthFirstDates { get; init; }

    /// <summary>What may follow the day's number: "rd" in "3rd", "er" in "1er", "." in "3. März".</summary>
    public IReadOnlyList<string> DaySuffixes { get; init; } = [];

    /// <summary>Words between day, month and year: "of" in "3rd of March", "de" in "3 de marzo de 2025".</summary>
    public IReadOnlyList<string> DateConnectors { get; init; } = [];

    /// <summary>Labels before a date on its own line, compared case-insensitively: "Published on", "Veröffentlicht am".</summary>
    public required IReadOnlyList<string> DateLabels { get; init; }

    /// <summary>Weekday names and abbreviations (without dots) that may stand before a date: "Monday", "Mon", "lundi".</summary>
    public required IReadOnlyList<string> Weekdays { get; init; }

    /// <summary>
    /// The language's most common short words, for guessing the language of a text that does not say it. Empty for a
    /// language the guess does not offer.
    /// </summary>
    public IReadOnlyList<string> GuessWords { get; init; } = [];

    /// <summary>The words the writers add around an article, with the full month names (read in dates too).</summary>
    public required WriterLabels Labels { get; init; }

    /// <summary>The twelve month names as written in a date ("März", "mars").</summary>
    public IReadOnlyList<string> Months => Labels.Months;

    /// <summary>Every prefix in <paramref name="starts"/> followed by every ending in <paramref name="ends"/>.</summary>
    public static IEnumerable<string> Combine(IEnumerable<string> starts, IReadOnlyList<string> ends) =>
        starts.SelectMany(start => ends.Select(end => start + end));
}
