namespace Convert.Core.Reading;

/// <summary>Character classes the reader normalises away.</summary>
internal static class TextCharacters
{
    /// <summary>
    /// Invisible characters that scrapers leave inside words and lines: zero-width space, word joiner, BOM,
    /// soft hyphen and the left-to-right / right-to-left marks. Zero-width (non-)joiners are not listed: they
    /// shape emoji sequences and Persian or Indic script, so dropping them would change the text.
    /// </summary>
    public static bool IsZeroWidth(char c) =>
        c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F';

    /// <summary>Any whitespace that is not a line end (tab, NBSP, thin and ideographic spaces...): read as one plain space.</summary>
    public static bool IsInlineSpace(char c) => c != '\n' && c != '\r' && char.IsWhiteSpace(c);
}
