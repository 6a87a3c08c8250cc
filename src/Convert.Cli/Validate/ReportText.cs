using System.Globalization;
using System.Text;

namespace Convert.Cli.Validate;

/// <summary>Makes text from findings and file names safe for one-line reports.</summary>
internal static class ReportText
{
    /// <summary>
    /// Control characters (C0, DEL, C1), lone surrogates and the non-characters U+FFFE/U+FFFF become visible escapes
    /// such as <c>\u001b</c>, so a finding or a file name cannot break a report line, move a terminal's cursor or make
    /// XML invalid. Other text is unchanged.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                escaped?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                escaped?.Append(c);
            }
        }
        return escaped?.ToString() ?? text;
    }
}
