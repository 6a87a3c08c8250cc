using System.Buffers;

namespace Convert.Core.Reading;

/// <summary>
/// C0 control characters other than tab and line ends (NUL, BEL, ESC...) are never text: in Markdown or a text file
/// on a terminal, ESC starts an escape sequence that can retitle the window or clear the screen. They are dropped
/// where text enters the article (decoded input, HTML character references, JSON-LD) and again before writing.
/// </summary>
public static class ControlCharacters
{
    // C0 without tab, line feed and carriage return (line ends are still needed where text is split into lines).
    private static readonly SearchValues<char> Unwanted = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>True when <paramref name="text"/> holds a C0 control character other than tab and line ends.</summary>
    public static bool Any(ReadOnlySpan<char> text) => text.IndexOfAny(Unwanted) >= 0;

    /// <summary><paramref name="text"/> without C0 control characters other than tab and line ends; the same
    /// instance when it has none. Form feed and vertical tab, which separate lines or pages, become line feeds.</summary>
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
            if (c is '\f' or '\v')
                builder.Append('\n');
            else if (!Unwanted.Contains(c))
                builder.Append(c);
        }
        return builder.ToString();
    }
}
