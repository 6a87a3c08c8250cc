using System.Buffers;

namespace Convert.Core.Reading;

/// <summary>
/// C0 control characters other than tab and line ends (NUL, BEL, ESC...) are never text: in Markdown or a text file
/// on a terminal, ESC starts an escape sequence that can retitle the window or clear the screen. They are dropped
/// where text enters the article (decoded input, HTML character references, JSON-LD) and again before writing.
/// </summary>
public static class ControlCharacters
{
    // C0 without tab, line feed, carriage return and form feed (line and page ends are still needed where text is
    // split into lines).
    private static readonly SearchValues<char> Unwanted = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>True when <paramref name="text"/> holds a C0 control character other than tab and line ends.</summary>
    public static bool Any(ReadOnlySpan<char> text) => text.IndexOfAny(Unwanted) >= 0;

    /// <summary><paramref name="text"/> without C0 control characters other than tab, line ends and form feed; the
    /// same instance when it has none. A vertical tab, which separates lines, becomes a line feed.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Unwanted);
        if (first < 0)
            return text;
        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\v')
                builder.Append('\n');
            else if (!Unwanted.Contains(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>What may be written: <paramref name="text"/> without any C0 control character but tab and line feed
    /// (carriage returns are dropped and form feeds become line feeds: every writer ends lines with a line feed).</summary>
    public static string StripForOutput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = Strip(text);
        return stripped.AsSpan().IndexOfAny('\r', '\f') < 0 ? stripped : stripped.Replace("\r", "", StringComparison.Ordinal).Replace('\f', '\n');
    }
}
