using System.Text.RegularExpressions;

namespace Convert.Core.Cleaning;

/// <summary>
/// Line shapes of a comment's header that no single-line rule can see, because the header spans two lines: "Jane
/// says:" over "March 3, 2025 at 10:14 am", or a commenter's name over a date and time (the three-line form: name,
/// date and time, comment).
/// </summary>
internal static partial class CommentShapes
{
    private const int MaxNameWords = 5;
    private const int MaxNameLength = 48;
    private const int MaxDateTimeWords = 10;
    private const int MaxDateTimeLength = 60;

    /// <summary>"Jane says:", "Katrin sagt:", "Marie dit :", "Lucía dice:" alone on a line.</summary>
    public static bool IsSaysLine(string line) => line.Length <= MaxNameLength + 16 && SaysLine().IsMatch(line.Trim());

    /// <summary>A comment's date and time: a time of day with a date ("March 3, 2025 at 10:14 am", "03.03.2025 um 10:14").</summary>
    public static bool IsDateTime(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= MaxDateTimeLength
            && LineKey.CountWords(text) <= MaxDateTimeWords
            && TimeOfDay().IsMatch(text)
            && CalendarDate().IsMatch(text)
            && !text.EndsWith(':');
    }

    /// <summary>A commenter's name or handle alone on a line: a few words, no sentence punctuation, no date.</summary>
    public static bool IsNameLine(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxNameLength || LineKey.CountWords(text) > MaxNameWords)
            return false;
        if (!(char.IsLetter(text[0]) || text[0] == '@') || text[^1] is '.' or '!' or '?' or ':' or ';' or ',')
            return false;
        return !text.Any(char.IsDigit) || text.StartsWith('@');
    }

    [GeneratedRegex(@"^[^\s:][^:]{0,58}?\s+(?:says|said|wrote|sagt|schreibt|schrieb|meint|dit|a dit|écrit|a écrit|dice|escribe|escribió|dijo|scrive|ha scritto|ha detto|diz|disse|escreve|escreveu|zegt|schreef|schrijft)\s?:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysLine();

    [GeneratedRegex(@"(?<![\d.:/-])\d{1,2}[:.]\d{2}(?![\d:/-]|\.\d)|\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}\s?[ap]\.?\s?m\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarDate();
}
