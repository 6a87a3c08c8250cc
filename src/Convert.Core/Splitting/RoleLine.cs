using System.Text.RegularExpressions;

namespace Convert.Core.Splitting;

/// <summary>
/// A short line naming a job: "Research Officer/ Managing Editor Some Insight", "Director Research",
/// "Senior Fellow". Under about 120 characters, no final period, at least one title word.
/// </summary>
internal static partial class RoleLine
{
    public const int MaxLength = 120;

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Director", "Associate", "Research", "Officer", "Editor", "Writer", "Reporter", "Correspondent",
        "Contributor", "Columnist", "Fellow", "Professor", "Lecturer", "Analyst", "Researcher", "Staff", "Manager",
        "Head", "Chief", "Founder", "Co-founder", "Cofounder", "Consultant", "Student", "President", "Partner",
        "Coordinator", "Assistant", "Intern", "Journalist", "Scholar", "Scientist", "Economist", "Adviser",
        "Advisor", "Specialist", "Strategist", "Photographer", "Producer", "Host", "Deputy", "Chair", "Chairman",
        "Chairwoman", "Chairperson", "Engineer", "CEO", "CTO", "CFO", "COO", "Secretary", "Ambassador",
        "Blogger", "Candidate", "Teacher", "Lawyer", "Attorney", "Physician", "Expert", "Executive", "Author",
        "Novelist", "Poet", "Critic", "Commentator", "Anchor", "Presenter", "Designer", "Developer", "Programmer",
        "Architect", "Practitioner", "Instructor", "Educator", "Curator", "Librarian", "Historian", "Sociologist",
        "Psychologist", "Scientist", "Lead", "Principal", "Investigator", "Volunteer", "Trainee", "Apprentice",
        // German, French, Spanish, Italian, Portuguese and Dutch role words (masculine and feminine forms).
        "Redakteur", "Redakteurin", "Chefredakteur", "Chefredakteurin", "Korrespondent", "Korrespondentin",
        "Volontär", "Volontärin", "Autorin", "Reporterin", "Journalistin", "Professorin", "Direktor", "Direktorin",
        "Leiter", "Leiterin", "Ressortleiter", "Ressortleiterin", "Wissenschaftler", "Wissenschaftlerin",
        "Mitarbeiter", "Mitarbeiterin", "Kolumnist", "Kolumnistin", "Fotograf", "Fotografin",
        "Journaliste", "Rédacteur", "Rédactrice", "Correspondant", "Correspondante", "Professeur", "Professeure",
        "Chercheur", "Chercheuse", "Directeur", "Directrice", "Chroniqueur", "Chroniqueuse", "Auteur", "Autrice",
        "Periodista", "Redactor", "Redactora", "Corresponsal", "Profesor", "Profesora", "Investigador",
        "Investigadora", "Director", "Directora", "Columnista", "Autora",
        "Giornalista", "Redattore", "Redattrice", "Corrispondente", "Professore", "Professoressa", "Ricercatore",
        "Ricercatrice", "Direttore", "Direttrice", "Editorialista", "Autore", "Autrice",
        "Jornalista", "Repórter", "Pesquisador", "Pesquisadora", "Diretor", "Diretora", "Colunista",
        "Redacteur", "Redactrice", "Verslaggever", "Hoogleraar", "Onderzoeker", "Columnist", "Correspondente",
    };

    // A headline mentioning a job ("This is how the Director really hurt them") has verbs; a role line has none.
    private static readonly HashSet<string> NotRoleWords = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "will", "would", "could", "should", "might", "may", "can", "says", "said",
        "has", "have", "had", "does", "did", "do", "how", "why", "what", "Might", "Will", "Could", "Says", "Is",
    };

    // Roles are capitalised noun phrases ("Head of the School of Social Sciences", "staff writer"); a headline that
    // mentions a job reads as a sentence ("Meet the first candidate running for president on climate change").
    private const int MaxLowerCaseContentWords = 2;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "in", "at", "the", "and", "for", "on", "to", "a", "an", "with", "de", "du", "des", "la", "le", "y",
    };

    private static bool IsLowerCaseContentWord(string word) => char.IsLower(word[0]) && !FunctionWords.Contains(word);

    public static bool IsRoleWord(string token)
    {
        var word = token.Trim(',', '.', '/', '(', ')', ';', ':');
        if (TitleWords.Contains(word))
        {
            return true;
        }
        // Plurals: "Editors", "Fellows".
        return word.Length > 3 && word.EndsWith('s') && TitleWords.Contains(word[..^1]);
    }

    public static bool IsRole(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > MaxLength || text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!')
            || text.Contains("://", StringComparison.Ordinal) || text.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        return words.Count is > 0 and <= 16 && words.Any(IsRoleWord) && !words.Any(NotRoleWords.Contains)
            && words.Count(IsLowerCaseContentWord) <= MaxLowerCaseContentWords;
    }

    [GeneratedRegex(@"[\p{L}\p{M}'’\-]+")]
    private static partial Regex Words();
}
