namespace Convert.Core.Reading;

/// <summary>Whitespace folding for text shown or compared as one line.</summary>
internal static class Whitespace
{
    /// <summary>The words of <paramref name="text"/> joined by single spaces: runs of whitespace and line ends become one space, the ends are trimmed.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
