namespace Convert.Core.Languages;

/// <summary>German.</summary>
internal static class German
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "de",
        BylineWords = ["Von"],
        Conjunctions = ["und"],
        AuthorHeadings = ["Über den Autor", "Über die Autorin", "Über die Autoren", "Zum Autor", "Zur Autorin", "Zu den Autoren"],
        RoleWords =
        [
            "Redakteur", "Redakteurin", "Chefredakteur", "Chefredakteurin", "Korrespondent", "Korrespondentin",
            "Volontär", "Volontärin", "Autorin", "Reporterin", "Journalistin", "Professorin", "Direktor", "Direktorin",
            "Leiter", "Leiterin", "Ressortleiter", "Ressortleiterin", "Wissenschaftler", "Wissenschaftlerin",
            "Mitarbeiter", "Mitarbeiterin", "Kolumnist", "Kolumnistin", "Fotograf", "Fotografin",
        ],
        BioVerbs = ["ist", "war", "schreibt", "arbeitet", "leitet", "lebt", "lehrt", "forscht"],
        NameParticles = ["von", "zu", "der", "den"],
        // "Jänner" is the Austrian January; "Mär" and "Mrz" both abbreviate März.
        MonthAbbreviations =
            [["Jan", "Jänner"], ["Feb"], ["Mär", "Mrz"], ["Apr"], [], ["Jun"], ["Jul"], ["Aug"], ["Sep", "Sept"], ["Okt"], ["Nov"], ["Dez"]],
        DaySuffixes = ["."],
        DateLabels = ["Veröffentlicht", "Veröffentlicht am", "Aktualisiert", "Aktualisiert am", "Erschienen am", "Zuletzt aktualisiert",
            "Stand", "Datum"],
        Weekdays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag",
            "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        GuessWords = ["der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "den", "dem", "ein", "eine", "auch", "wird",
            "von", "zu", "im", "für", "sind"],
        Labels = new("Von", "und", "Über den Autor", "Über die Autoren", "Zuerst erschienen bei", "Quelle:", "Seite", "von", "{0}. {1} {2}",
            ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
    };
}
