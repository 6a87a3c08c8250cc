using System.Globalization;
using System.Text.RegularExpressions;

namespace Convert.Core.Validation;

/// <summary>
/// Flags C0 control characters (NUL, BEL, ESC...) in a scraped input, raw or, in HTML, spelled as character
/// references (<c>&amp;#x1b;</c>): the conversion drops them, but they say the scrape picked up something that is not
/// text, and in a terminal they are escape sequences.
/// </summary>
public static partial class ControlCharacterCheck
{
    public static void ReportInput(ReadOnlySpan<byte> input, bool isHtml, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        // UTF-16 text has zero bytes everywhere; it is checked after decoding by the binary test instead.
        if (input.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || input.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return;
        int count = 0, firstLine = 0, line = 1;
        byte first = 0;
        foreach (var b in input)
        {
            if (b == '\n')
                line++;
            else if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\f') && count++ == 0)
                (first, firstLine) = (b, line);
        }
        if (count > 0)
        {
            findings.Add(ValidationRules.ControlCharacter, string.Create(CultureInfo.InvariantCulture,
                $"{count} control character(s), the first U+{first:X4}; they are dropped from the outputs."), firstLine);
        }
        if (isHtml && ControlReference().Match(System.Text.Encoding.Latin1.GetString(input)) is { Success: true } match)
            findings.Add(ValidationRules.ControlCharacter, $"A character reference to a control character ({match.Value}); it is dropped from the outputs.");
    }

    public static void ReportOutput(Model.Article article, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (!Writing.ControlCharacterGuard.IsClean(article))
            findings.Add(ValidationRules.ControlCharacter, "The document holds control characters other than tab and line feed.");
    }

    // &#0; to &#31; and &#x0; to &#x1f;, but not tab, line feed, form feed or carriage return.
    [GeneratedRegex(@"&#(?:0*(?:[0-8]|1[1]|1[4-9]|2[0-9]|3[01])|[xX]0*(?:[0-8]|[bBeEfF]|1[0-9a-fA-F]));")]
    private static partial Regex ControlReference();
}
