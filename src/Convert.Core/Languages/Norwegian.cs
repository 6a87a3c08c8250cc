namespace Convert.Core.Languages;

/// <summary>Norwegian Bokmål ("nb", also written "no"). Not offered by the language guess: a page's lang names it.</summary>
internal static class Norwegian
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "nb",
        OtherTags = ["no"],
        BylineWords = ["Av"],
        Conjunctions = ["og"],
        AuthorHeadings = ["Om forfatteren", "Om forfatterne"],
        RoleWords = ["Redaktør", "Journalist", "Kommentator", "Korrespondent"],
        BioVerbs = ["er", "var", "skriver", "jobber"],
        MonthAbbreviations =
            [["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["okt"], ["nov"], ["des"]],
        DaySuffixes = ["."],
        DateLabels = ["Publisert", "Oppdatert", "Dato"],
        Weekdays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
        Labels = new("Av", "og", "Om forfatteren", "Om forfatterne", "Først publisert på", "Kilde:", "Side", "av", "{0}. {1} {2}",
            ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]),
    };
}
