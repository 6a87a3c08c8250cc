namespace Convert.Core.Reading;

/// <summary>
/// The marker that opens a list item line: "- ", "* ", "• ", "– " (bullets) or "1. ", "1) " (numbered).
/// One definition for the reader, which keeps list lines apart, and the splitter, which builds lists from them.
/// </summary>
internal static class ListMarker
{
    /// <summary>The length of the item's marker including the space after it, or 0 when the line is no list item.</summary>
    public static int Length(string line, out bool ordered)
    {
        ordered = false;
        if (line.Length > 2 && line[0] is '-' or '*' or '•' or '–' && line[1] == ' ')
            return 2 + CountSpaces(line, 2);
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
            digits++;
        if (digits > 0 && line.Length > digits + 2 && line[digits] is '.' or ')' && line[digits + 1] == ' ')
        {
            ordered = true;
            return digits + 2 + CountSpaces(line, digits + 2);
        }
        return 0;
    }

    public static bool IsListItem(string line) => Length(line, out _) > 0;

    /// <summary>The item text without its marker.</summary>
    public static string Strip(string line) => line[Length(line, out _)..];

    private static int CountSpaces(string line, int from)
    {
        var count = 0;
        while (from + count < line.Length - 1 && line[from + count] == ' ')
            count++;
        return count;
    }
}
