using System.Text.RegularExpressions;
using Convert.Core.Languages;

namespace Convert.Core.Splitting;

/// <summary>
/// The month names, day suffixes, connecting words, date labels and weekdays of every language in the catalogue, and
/// the two written date patterns built from them: day first ("3 March 2025", "3. März 2025", "3 de marzo de 2025") and month first
/// ("March 3, 2025", read only with the months of languages that write dates that way).
/// </summary>
internal static class DateWords
{
    // Any word of letters; whether it names a month is looked up afterwards. The dot of "Mär." or "déc." may follow.
    private const string Month = @"(?<month>\p{L}{3,10})\.?";
    private const string Year = @"(?<year>\d{4})";

    private static readonly Dictionary<string, (int Month, bool MonthFirst)> Months = BuildMonthTable();

    public static Regex DayFirst { get; } = new(
        @"\b" + Day() + @"\s+" + Connector() + Month + @",?\s+" + Connector() + Year + @"\b", RegexOptions.CultureInvariant);

    public static Regex MonthFirst { get; } = new(
        @"\b" + Month + @"\s+" + Day() + @",?\s+" + Year + @"\b", RegexOptions.CultureInvariant);

    /// <summary>Date labels of every language at the start of a line, with their colons: "Published on: ", "Publié le ".</summary>
    public static Regex Labels { get; } = new(
        @"^(?:(?:" + Phrases(r => r.DateLabels) + @")\s*[:\-–]?\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A weekday of any language at the start of a line, with its dot or comma: "Monday, ", "Mo., ", "lundi ".</summary>
    public static Regex Weekday { get; } = new(
        @"^(?:" + Phrases(r => r.Weekdays) + @")\.?,?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The month (1-12) that <paramref name="name"/> names, or 0; in a month-first date only the months of languages that write them.</summary>
    public static int MonthNumber(string name, bool monthFirst) =>
        Months.TryGetValue(name, out var entry) && (entry.MonthFirst || !monthFirst) ? entry.Month : 0;

    private static string Day() => @"(?<day>\d{1,2})(?:" + Alternatives(r => r.DaySuffixes) + ")?";

    private static string Connector() => @"(?:(?:" + Alternatives(r => r.DateConnectors) + @")\s+)?";

    // Longest first, so that "del" is tried before "de".
    private static string Alternatives(Func<LanguageRecord, IEnumerable<string>> words) =>
        string.Join('|', LanguageCatalogue.Union(words).OrderByDescending(w => w.Length).Select(Regex.Escape));

    // Longest first, so that "Published on" is tried before "Published"; a space matches any run of spaces.
    private static string Phrases(Func<LanguageRecord, IEnumerable<string>> words) =>
        string.Join('|', LanguageCatalogue.Union(words).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length)
            .Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    private static Dictionary<string, (int Month, bool MonthFirst)> BuildMonthTable()
    {
        var table = new Dictionary<string, (int Month, bool MonthFirst)>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in LanguageCatalogue.All)
        {
            for (var i = 0; i < 12; i++)
            {
                foreach (var name in record.MonthAbbreviations[i].Prepend(record.Months[i]))
                {
                    if (table.TryGetValue(name, out var known) && known.Month != i + 1)
                        throw new InvalidOperationException($"'{name}' names two months in the language catalogue.");
                    table[name] = (i + 1, known.MonthFirst || record.MonthFirstDates);
                }
            }
        }
        return table;
    }
}
