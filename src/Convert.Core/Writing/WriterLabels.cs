using System.Globalization;

namespace Convert.Core.Writing;

/// <summary>
/// The words the writers add around an article ("By", "About the author", "Page N of M"...) in the article's
/// language, for the languages listed here; English otherwise. Month names are spelled out here because the tool
/// runs with invariant globalization (no culture data).
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
    string Page, string Of, string DatePattern, string[] Months)
{
    public static readonly WriterLabels English = new(
        "By", "and", "About the author", "About the authors", "First published at", "Source:", "Page", "of", "{0} {1} {2}",
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

    private static readonly Dictionary<string, WriterLabels> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["de"] = new("Von", "und", "Über den Autor", "Über die Autoren", "Zuerst erschienen bei", "Quelle:", "Seite", "von", "{0}. {1} {2}",
            ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
        ["fr"] = new("Par", "et", "À propos de l'auteur", "À propos des auteurs", "Publié d'abord sur", "Source :", "Page", "sur", "{0} {1} {2}",
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
        ["es"] = new("Por", "y", "Sobre el autor", "Sobre los autores", "Publicado originalmente en", "Fuente:", "Página", "de", "{0} de {1} de {2}",
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
        ["it"] = new("Di", "e", "L'autore", "Gli autori", "Pubblicato originariamente su", "Fonte:", "Pagina", "di", "{0} {1} {2}",
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]),
        ["pt"] = new("Por", "e", "Sobre o autor", "Sobre os autores", "Publicado originalmente em", "Fonte:", "Página", "de", "{0} de {1} de {2}",
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]),
        ["nl"] = new("Door", "en", "Over de auteur", "Over de auteurs", "Oorspronkelijk gepubliceerd op", "Bron:", "Pagina", "van", "{0} {1} {2}",
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]),
    };

    /// <summary>The labels for a BCP 47 tag ("de-AT" → German); English for an unknown or missing language.</summary>
    public static WriterLabels For(string? language) => Find(language) ?? English;

    /// <summary>True when the article's language has labels here (English included).</summary>
    public static bool Knows(string? language) => string.IsNullOrWhiteSpace(language) || Find(language) is not null;

    private static WriterLabels? Find(string? language) =>
        language is { Length: > 0 } tag && ByLanguage.TryGetValue(tag.Split('-', '_')[0], out var labels) ? labels : null;

    public string Date(DateOnly date) =>
        string.Format(CultureInfo.InvariantCulture, DatePattern, date.Day, Months[date.Month - 1], date.Year);
}
