namespace Convert.Core.Cleaning;

/// <summary>
/// The comparison form of a line for phrase rules: trimmed, spaces collapsed, casefolded, and without a trailing
/// ".", ":", "»", "›" or "…", so "Share this:" and "SHARE THIS" compare equal.
/// </summary>
internal static class LineKey
{
    public static string For(string line)
    {
        var span = line.AsSpan().Trim();
        while (span.Length > 0 && span[^1] is '.' or ':' or '»' or '›' or '…' || (span.Length > 0 && char.IsWhiteSpace(span[^1])))
            span = span[..^1];

        Span<char> buffer = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        var length = 0;
        var previousWasSpace = false;
        foreach (var c in span)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (isSpace && previousWasSpace)
                continue;
            buffer[length++] = isSpace ? ' ' : char.ToLowerInvariant(c);
            previousWasSpace = isSpace;
        }
        return new string(buffer[..length]);
    }

    /// <summary>Words in an already normalised line (single spaces between words).</summary>
    public static int CountWords(string text)
    {
        if (text.Length == 0)
            return 0;
        return text.AsSpan().Count(' ') + 1;
    }
}
