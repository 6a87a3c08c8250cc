namespace Convert.Core.Languages;

/// <summary>Dutch.</summary>
internal static class Dutch
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "nl",
        BylineWords = ["Door"],
        Conjunctions = ["en"],
        AuthorHeadings = ["Over de auteur", "Over de auteurs"],
        RoleWords = ["Redacteur", "Redactrice", "Verslaggever", "Hoogleraar", "Onderzoeker", "Columnist"],
        BioVerbs = ["is", "was", "schrijft", "werkt", "woont"],
        NameParticles = ["van", "de", "der", "den", "ter", "ten"],
        MonthAbbreviations =
            [["jan"], ["feb"], ["mrt"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["okt"], ["nov"], ["dec"]],
        DateLabels = ["Gepubliceerd", "Gepubliceerd op", "Bijgewerkt", "Bijgewerkt op", "Datum"],
        Weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        GuessWords = ["het", "een", "en", "van", "is", "dat", "op", "niet", "met", "voor", "zijn", "ook", "te", "er", "maar", "om",
            "naar", "bij", "de"],
        Labels = new("Door", "en", "Over de auteur", "Over de auteurs", "Oorspronkelijk gepubliceerd op", "Bron:", "Pagina", "van", "{0} {1} {2}",
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]),
    };
}
