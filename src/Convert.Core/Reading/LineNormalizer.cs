using System.Buffers;

namespace Convert.Core.Reading;

/// <summary>
/// Normalises one input line: odd spaces become a plain space, zero-width characters go, runs of spaces
/// collapse and the line is trimmed. Quotes, dashes and every other character stay as they are.
/// </summary>
internal static class LineNormalizer
{
    /// <summary>The normalised line; empty when the line holds nothing visible.</summary>
    public static string Normalize(ReadOnlySpan<char> line)
    {
        if (IsAlreadyNormal(line))
            return line.Length == 0 ? string.Empty : line.ToString();

        var rented = ArrayPool<char>.Shared.Rent(line.Length);
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in line)
            {
                if (TextCharacters.IsZeroWidth(c))
                    continue;
                if (TextCharacters.IsInlineSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    rented[length++] = ' ';
                    pendingSpace = false;
                }
                rented[length++] = c;
            }
            return length == 0 ? string.Empty : new string(rented, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Most lines need no change; checking first saves a copy per line.
    private static bool IsAlreadyNormal(ReadOnlySpan<char> line)
    {
        if (line.Length == 0)
            return true;
        if (line[0] == ' ' || line[^1] == ' ')
            return false;
        var previousWasSpace = false;
        foreach (var c in line)
        {
            if (TextCharacters.IsZeroWidth(c) || (c != ' ' && TextCharacters.IsInlineSpace(c)))
                return false;
            if (c == ' ' && previousWasSpace)
                return false;
            previousWasSpace = c == ' ';
        }
        return true;
    }
}
