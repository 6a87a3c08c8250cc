namespace Convert.Core.Languages;

/// <summary>French.</summary>
internal static class French
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "fr",
        BylineWords = ["Par"],
        Conjunctions = ["et"],
        AuthorHeadings = ["À propos de l'auteur", "À propos de l'autrice", "À propos des auteurs"],
        RoleWords =
        [
            "Journaliste", "Rédacteur", "Rédactrice", "Correspondant", "Correspondante", "Professeur", "Professeure",
            "Chercheur", "Chercheuse", "Directeur", "Directrice", "Chroniqueur", "Chroniqueuse", "Auteur", "Autrice",
        ],
        RoleConnectors = ["de", "du", "des", "la", "le"],
        BioVerbs = ["est", "était", "écrit", "travaille", "dirige", "enseigne"],
        NameParticles = ["de", "du", "la", "le"],
        MonthAbbreviations =
            [["janv"], ["févr", "fév"], [], ["avr"], [], [], ["juil"], [], ["sept"], ["oct"], ["nov"], ["déc"]],
        // "1er mars 2025": the first of the month is an ordinal.
        DaySuffixes = ["er"],
        DateLabels = ["Publié", "Publié le", "Mis à jour", "Mis à jour le", "Modifié le", "Date"],
        Weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        GuessWords = ["le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "pas", "sur", "avec", "du", "au",
            "ce", "il", "elle", "sont"],
        Labels = new("Par", "et", "À propos de l'auteur", "À propos des auteurs", "Publié d'abord sur", "Source :", "Page", "sur", "{0} {1} {2}",
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
    };
}
