namespace Convert.Core.Languages;

/// <summary>Portuguese, of Portugal and of Brazil.</summary>
internal static class Portuguese
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "pt",
        BylineWords = ["Por"],
        Conjunctions = ["e"],
        AuthorHeadings = ["Sobre o autor", "Sobre a autora", "Sobre os autores"],
        RoleWords =
        [
            "Jornalista", "Repórter", "Pesquisador", "Pesquisadora", "Diretor", "Diretora", "Colunista", "Correspondente",
        ],
        BioVerbs = ["é", "foi", "escreve", "trabalha", "ensina"],
        NameParticles = ["da", "das", "de", "dos"],
        MonthAbbreviations =
            [["jan"], ["fev"], ["mar"], ["abr"], ["mai"], ["jun"], ["jul"], ["ago"], ["set"], ["out"], ["nov"], ["dez"]],
        // "1º de março de 2025": the first of the month is an ordinal.
        DaySuffixes = ["º"],
        DateConnectors = ["de"],
        DateLabels = ["Publicado", "Publicado em", "Atualizado", "Atualizado em", "Data"],
        Weekdays = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo",
            "segunda", "terça", "quarta", "quinta", "sexta"],
        GuessWords = ["o", "os", "que", "do", "da", "em", "para", "com", "uma", "não", "dos", "é", "no", "na", "se", "mais", "ao",
            "das", "pelo"],
        Labels = new("Por", "e", "Sobre o autor", "Sobre os autores", "Publicado originalmente em", "Fonte:", "Página", "de", "{0} de {1} de {2}",
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]),
    };
}
