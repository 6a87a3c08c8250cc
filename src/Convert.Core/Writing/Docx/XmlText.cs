using System.Text;

namespace Convert.Core.Writing.Docx;

/// <summary>Removes characters XML 1.0 cannot carry (control characters and lone surrogates from scraped pages).</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF') < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (IsAllowed(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>True for a single UTF-16 unit XML accepts on its own (surrogates only come in pairs).</summary>
    public static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'));
}
