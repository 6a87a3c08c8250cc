namespace Convert.Core.Languages;

/// <summary>Italian.</summary>
internal static class Italian
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "it",
        BylineWords = ["Di"],
        Conjunctions = ["e"],
        AuthorHeadings = ["L'autore", "L'autrice", "Gli autori", "Sull'autore"],
        RoleWords =
        [
            "Giornalista", "Redattore", "Redattrice", "Corrispondente", "Professore", "Professoressa", "Ricercatore",
            "Ricercatrice", "Direttore", "Direttrice", "Editorialista", "Autore", "Autrice",
        ],
        BioVerbs = ["è", "era", "scrive", "lavora", "insegna"],
        NameParticles = ["di", "da", "del", "della"],
        MonthAbbreviations =
            [["gen"], ["feb"], ["mar"], ["apr"], ["mag"], ["giu"], ["lug"], ["ago"], ["set"], ["ott"], ["nov"], ["dic"]],
        DateLabels = ["Pubblicato", "Pubblicato il", "Aggiornato", "Aggiornato il", "Data"],
        Weekdays = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        GuessWords = ["il", "che", "di", "per", "una", "non", "sono", "con", "del", "della", "gli", "è", "anche", "nel", "alla",
            "dei", "delle", "le", "si"],
        Labels = new("Di", "e", "L'autore", "Gli autori", "Pubblicato originariamente su", "Fonte:", "Pagina", "di", "{0} {1} {2}",
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]),
    };
}
