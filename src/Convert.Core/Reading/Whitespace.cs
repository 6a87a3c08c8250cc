namespace Convert.Core.Reading;

/// <summary>Whitespace folding for text shown or compared as one line.</summary>
internal static class Whitespace
{
    /// <summary>The words of <paramref name="text"/> joined by single spaces: runs of whitespace and line ends become one space, the ends are trimmed.</summary>
    /// <remarks>
    /// One string and no array of words (what <c>Split</c> then <c>Join</c> made): on a page-long paragraph that array
    /// held a string per word, dozens of megabytes at once. Whitespace is what <see cref="char.IsWhiteSpace(char)"/>
    /// says, as it was for <c>Split</c>.
    /// </remarks>
    public static string Collapse(string text)
    {
        var length = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }
            if (!inWord && length > 0)
                length++; // the space before this word
            inWord = true;
            length++;
        }
        if (length == 0)
            return "";
        return string.Create(length, text, static (collapsed, source) =>
        {
            var at = 0;
            var inWord = false;
            foreach (var c in source)
            {
                if (char.IsWhiteSpace(c))
                {
                    inWord = false;
                    continue;
                }
                if (!inWord && at > 0)
                    collapsed[at++] = ' ';
                inWord = true;
                collapsed[at++] = c;
            }
        });
    }

    /// <summary>True when the two texts read the same, case and whitespace aside ("The  Title" and "the title").</summary>
    public static bool SameWords(string a, string b) => string.Equals(Collapse(a), Collapse(b), StringComparison.OrdinalIgnoreCase);
}
