namespace Convert.Core.Languages;

/// <summary>Danish. Not offered by the language guess: a page's lang names it.</summary>
internal static class Danish
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "da",
        BylineWords = ["Af"],
        Conjunctions = ["og"],
        AuthorHeadings = ["Om forfatteren", "Om forfatterne"],
        RoleWords = ["Redaktør", "Journalist", "Skribent", "Korrespondent"],
        BioVerbs = ["er", "var", "skriver", "arbejder"],
        NameParticles = ["af"],
        MonthAbbreviations =
            [["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["okt"], ["nov"], ["dec"]],
        DaySuffixes = ["."],
        DateLabels = ["Publiceret", "Udgivet", "Opdateret", "Dato"],
        Weekdays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
        Labels = new("Af", "og", "Om forfatteren", "Om forfatterne", "Først offentliggjort på", "Kilde:", "Side", "af", "{0}. {1} {2}",
            ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]),
    };
}
