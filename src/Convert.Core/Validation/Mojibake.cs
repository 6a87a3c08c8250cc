using System.Text.RegularExpressions;

namespace Convert.Core.Validation;

/// <summary>
/// Finds text that went through the wrong decoder. UTF-8 bytes read as windows-1252 turn "’" into "â€™", "é" into
/// "Ã©", Cyrillic "о" into "Ð¾", Greek "ο" into "Î¿" and Polish "ż" into "Å¼"; read as windows-1251 they turn "о"
/// into "Рѕ". Legacy single-byte text read as windows-1252 turns Russian (windows-1251, KOI8-R) and Greek
/// (windows-1253, ISO-8859-7) words into runs of accented Latin letters ("Íîâûå") and puts symbols inside Central
/// European words (windows-1250 "ścieżki" becomes "œcie¿ki"). A decoder that gave up leaves U+FFFD, or C1 control
/// characters. Each means the file mixes encodings somewhere upstream or was read with the wrong one.
/// </summary>
public static partial class Mojibake
{
    // What windows-1252 makes of the bytes 0x80-0xBF (UTF-8 continuation bytes), undefined ones kept as C1 controls.
    private const string Cp1252Continuation = "\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122";

    // The same without the no-break space and guillemets, after lead bytes that are also letters of real words.
    private const string Cp1252ContinuationStrict = "\u0080-\u009F\u00A1-\u00AA\u00AC-\u00BA\u00BC-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122";

    private const string Pattern =
        // "â€" + one windows-1252 character is a UTF-8 punctuation mark (U+2000-U+20FF).
        "â€[" + Cp1252Continuation + "]?"
        // "Ã"/"Â" + a continuation: a UTF-8 Latin-1 letter or symbol.
        + "|[ÃÂ][\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]"
        // "Ä"/"Å" (Latin Extended-A: Central European), "Î"/"Ï" (Greek), "Ð"/"Ñ" (Cyrillic) + a continuation.
        + "|[ÄÅÎÏÐÑ][" + Cp1252ContinuationStrict + "]"
        // UTF-8 Cyrillic read as windows-1251: "Р" + what 0x90-0xBF are there, "С" + what 0x80-0x8F are there.
        // Ukrainian і, ї, є, ґ and ё are left out: "Рік" and "Рёв" are words.
        + "|Р[ђ‘’“”•–—™љ›њќћџЎўЈ¤¦§©¬®°±µ¶·№јЅѕ]|С[ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ]"
        // Windows-1251/1253 or KOI8 words read as windows-1252: four accented Latin letters in a row, which no
        // Western language writes.
        + "|[À-ÖØ-öø-ÿ]{4,}"
        // Windows-1250 letters that windows-1252 reads as symbols, inside a word ("by³o", "œcie¿ki", "¯ycie").
        // Superscripts count only between lowercase letters: "\u003E¹The" in a script is an escape, then a footnote mark.
        + "|(?<=\\p{Ll})[¹³](?=\\p{Ll})|(?<=\\p{L})[¿¯¼¾¥£](?=\\p{L})|¯(?=\\p{L})"
        // A decoder's replacement character, and C1 controls, which no text contains.
        + "|[\uFFFD\u0080-\u009F]";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Matcher();

    /// <summary>The first suspicious sequence in <paramref name="text"/>: its 0-based index and the sequence, or null.</summary>
    public static (int Index, string Sequence)? FindFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Matcher().Match(text);
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
