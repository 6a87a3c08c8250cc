namespace Convert.Core.Languages;

/// <summary>Swedish. Not offered by the language guess: a page's lang names it.</summary>
internal static class Swedish
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "sv",
        BylineWords = ["Av"],
        Conjunctions = ["och"],
        AuthorHeadings = ["Om författaren", "Om författarna"],
        RoleWords = ["Redaktör", "Skribent", "Krönikör", "Reporter"],
        BioVerbs = ["är", "var", "skriver", "arbetar"],
        NameParticles = ["af", "von"],
        MonthAbbreviations =
            [["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["okt"], ["nov"], ["dec"]],
        // "3:e mars 2025".
        DaySuffixes = [":e"],
        DateLabels = ["Publicerad", "Uppdaterad", "Datum"],
        Weekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
        Labels = new("Av", "och", "Om författaren", "Om författarna", "Först publicerad på", "Källa:", "Sida", "av", "{0} {1} {2}",
            ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]),
    };
}
