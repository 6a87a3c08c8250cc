using System.Globalization;
using System.Text.RegularExpressions;

namespace Convert.Core.Splitting;

/// <summary>
/// Finds publication dates written out in the languages of the catalogue ("March 3, 2025", "3 March 2025",
/// "Mar. 3rd 2025", "3. März 2025", "1er déc. 2025", "3 de marzo de 2025"), as ISO dates ("2025-03-03") and in the
/// year-first East Asian form ("2025年3月3日"), and gives them as yyyy-MM-dd; the words are in <see cref="DateWords"/>.
/// Numeric forms such as 03/04/2025 are ambiguous between day-first and month-first and are not read.
/// </summary>
internal static partial class DateParser
{
    private static readonly (Regex Pattern, bool MonthFirst)[] Patterns =
        [(IsoDate(), false), (DateWords.MonthFirst, true), (DateWords.DayFirst, false), (EastAsian(), false)];

    /// <summary>Finds the first date in <paramref name="text"/>.</summary>
    /// <returns>The date as yyyy-MM-dd and where it was found, or null.</returns>
    public static (string Iso, Match Where)? Find(string text)
    {
        foreach (var (pattern, monthFirst) in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (ToIso(match, monthFirst) is { } iso)
                {
                    return (iso, match);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A line that is only a date, with an optional label ("Published:", "Updated", "Posted on", "Publié le"), weekday
    /// and time: "Published: Monday, March 3, 2025 at 10:30 am", "Veröffentlicht am Montag, 3. März 2025".
    /// </summary>
    public static string? ParseDateLine(string line)
    {
        var text = DateWords.Labels.Replace(line.Trim(), "");
        text = LeadingTime().Replace(text, "");
        text = DateWords.Weekday.Replace(text, "");
        if (text.Length > 60 || Find(text) is not { } found || found.Where.Index != 0)
        {
            return null;
        }
        var rest = text[(found.Where.Index + found.Where.Length)..];
        return TimeRemainder().IsMatch(rest) ? found.Iso : null;
    }

    private static string? ToIso(Match match, bool monthFirst)
    {
        if (!int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(match.Groups["day"].Value, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }
        var month = match.Groups["monthNumber"].Success
            ? int.Parse(match.Groups["monthNumber"].Value, CultureInfo.InvariantCulture)
            : DateWords.MonthNumber(match.Groups["month"].Value, monthFirst);
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // 2025年4月1日 (Chinese, Japanese) and 2025년 4월 1일 (Korean): unambiguous, year first.
    [GeneratedRegex(@"(?<year>\d{4})\s*[年년]\s*(?<monthNumber>\d{1,2})\s*[月월]\s*(?<day>\d{1,2})\s*[日일]")]
    private static partial Regex EastAsian();

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<monthNumber>\d{2})-(?<day>\d{2})\b")]
    private static partial Regex IsoDate();

    // Some sites print the time first: "Published 7:07 PM EST Nov 19, 2024".
    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*[,|\-–]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTime();

    // What may follow a date on a date line: a time, a time zone, a separator, a read time ("· 4 min read").
    [GeneratedRegex(@"^\s*(?:[,|\-–]\s*|\s+at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*(?:[·•|]\s*\d+\s*(?:min|mins|minutes?)\.?\s*read\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeRemainder();
}
