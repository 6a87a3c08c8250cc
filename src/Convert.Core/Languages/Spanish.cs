namespace Convert.Core.Languages;

/// <summary>Spanish.</summary>
internal static class Spanish
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "es",
        BylineWords = ["Por"],
        Conjunctions = ["y", "e"],
        AuthorHeadings = ["Sobre el autor", "Sobre la autora", "Sobre los autores"],
        RoleWords =
        [
            "Periodista", "Redactor", "Redactora", "Corresponsal", "Profesor", "Profesora", "Investigador",
            "Investigadora", "Director", "Directora", "Columnista", "Autora",
        ],
        RoleConnectors = ["de", "la", "y"],
        BioVerbs = ["es", "fue", "escribe", "trabaja", "enseña"],
        NameParticles = ["de", "del", "la", "y"],
        // "setiembre" is September in much of Latin America.
        MonthAbbreviations =
            [["ene"], ["feb"], ["mar"], ["abr"], ["may"], ["jun"], ["jul"], ["ago"], ["sep", "sept", "setiembre"], ["oct"], ["nov"], ["dic"]],
        // "3 de marzo de 2025", "3 de marzo del 2025".
        DateConnectors = ["de", "del"],
        DateLabels = ["Publicado", "Publicado el", "Actualizado", "Actualizado el", "Fecha"],
        Weekdays = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        GuessWords = ["el", "los", "las", "y", "que", "del", "por", "una", "con", "para", "es", "se", "su", "al", "lo", "como", "más",
            "pero", "sus"],
        Labels = new("Por", "y", "Sobre el autor", "Sobre los autores", "Publicado originalmente en", "Fuente:", "Página", "de", "{0} de {1} de {2}",
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
    };
}
