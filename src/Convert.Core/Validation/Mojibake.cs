using System.Text.RegularExpressions;

namespace Convert.Core.Validation;

/// <summary>
/// Finds text that went through the wrong decoder: UTF-8 bytes read as windows-1252 turn "’" into "â€™" and "é"
/// into "Ã©"; a decoder that gave up leaves U+FFFD. Either means the file mixes encodings somewhere upstream.
/// </summary>
public static partial class Mojibake
{
    // "â€" + one windows-1252 character is a UTF-8 punctuation mark (U+2000-U+20FF); "Ã"/"Â" + a character that
    // windows-1252 maps from 0x80-0xBF is a UTF-8 Latin-1 letter or symbol. Real words almost never contain these pairs.
    [GeneratedRegex("â€[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]?|[ÃÂ][\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|\uFFFD", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The first suspicious sequence in <paramref name="text"/>: its 0-based index and the sequence, or null.</summary>
    public static (int Index, string Sequence)? FindFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text);
        return match.Success ? (match.Index, match.Value) : null;
    }

    // One finding per line, and this many lines at most: a wrongly decoded file has it on every line.
    private const int MaxReportedLines = 20;

    /// <summary>Reports the first suspicious sequence of each line of <paramref name="text"/>, with line and column.</summary>
    public static void Report(string text, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var lineNumber = 0;
        var reported = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (FindFirst(line.ToString()) is not { } hit)
                continue;
            if (++reported > MaxReportedLines)
            {
                findings.Add(ValidationRules.Mojibake, $"More lines have wrongly decoded text; only the first {MaxReportedLines} are listed.");
                return;
            }
            findings.Add(ValidationRules.Mojibake,
                $"Wrongly decoded text {Describe(hit.Sequence)}: the file mixes encodings or was decoded with the wrong one.", lineNumber, hit.Index + 1);
        }
    }

    /// <summary>How a finding names the sequence: U+FFFD is invisible in most terminals.</summary>
    public static string Describe(string sequence) => sequence == "\uFFFD" ? "U+FFFD (replacement character)" : $"\"{sequence}\"";
}
