namespace Convert.Core.Writing.Docx;

/// <summary>
/// Tells right-to-left text (Arabic, Hebrew, Urdu, Persian... scripts) by its letters, so a paragraph or run is laid
/// out right to left even when the article's language is unknown or the page mixes languages.
/// </summary>
internal static class DocxScript
{
    /// <summary>True when the text has more right-to-left letters than other letters.</summary>
    public static bool IsRightToLeft(string text)
    {
        var rightToLeft = 0;
        var other = 0;
        foreach (var c in text)
        {
            if (IsRightToLeftLetter(c))
            {
                rightToLeft++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        return rightToLeft > other;
    }

    private static bool IsRightToLeftLetter(char c) =>
        c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF')
        && char.IsLetter(c);
}
