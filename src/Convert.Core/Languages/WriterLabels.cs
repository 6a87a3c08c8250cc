using System.Globalization;

namespace Convert.Core.Languages;

/// <summary>
/// The words the writers add around an article ("By", "About the author", "Page N of M"...) in the article's
/// language, taken from its record in the <see cref="LanguageCatalogue"/>; English for a language it lacks. Month
/// names are spelled out in the records because the tool runs with invariant globalization (no culture data).
/// </summary>
/// <param name="By">Before the authors' names.</param>
/// <param name="And">Between the last two names.</param>
/// <param name="AboutAuthor">Heading of the authors section, one author.</param>
/// <param name="AboutAuthors">Heading of the authors section, several authors.</param>
/// <param name="FirstPublishedAt">Before the URL of the original publication.</param>
/// <param name="Source">Before the page's URL.</param>
/// <param name="Page">"Page" in "Page N of M".</param>
/// <param name="Of">"of" in "Page N of M".</param>
/// <param name="DatePattern">How a date reads: {0} day, {1} month name, {2} year.</param>
/// <param name="Months">The twelve month names.</param>
internal sealed record WriterLabels(
    string By, string And, string AboutAuthor, string AboutAuthors, string FirstPublishedAt, string Source,
    string Page, string Of, string DatePattern, IReadOnlyList<string> Months)
{
    /// <summary>The labels for a BCP 47 tag ("de-AT" → German); English for an unknown or missing language.</summary>
    public static WriterLabels For(string? language) => (LanguageCatalogue.Find(language) ?? LanguageCatalogue.Default).Labels;

    /// <summary>True when the article's language has labels (English included, and a missing language).</summary>
    public static bool Knows(string? language) => string.IsNullOrWhiteSpace(language) || LanguageCatalogue.Find(language) is not null;

    public string Date(DateOnly date) =>
        string.Format(CultureInfo.InvariantCulture, DatePattern, date.Day, Months[date.Month - 1], date.Year);
}
