namespace Convert.Core.Reading;

/// <summary>Whitespace folding for text shown or compared as one line.</summary>
internal static class Whitespace
{
    /// <summary>The words of <paramref name="text"/> joined by single spaces: runs of whitespace and line ends become one space, the ends are trimmed.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when the two texts read the same, case and whitespace aside ("The  Title" and "the title").</summary>
    public static bool SameWords(string a, string b) => string.Equals(Collapse(a), Collapse(b), StringComparison.OrdinalIgnoreCase);
}
