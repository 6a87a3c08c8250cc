using Convert.Core.Model;
namespace Convert.Core.Reading;

/// <summary>
/// Reads scraped plain text into <see cref="SourceBlock"/>s, each line numbered. Blank lines separate groups of lines;
/// <see cref="LineGroupSplitter"/> then keeps wrapped prose together and splits off short standalone lines and lists.
/// Accepts CRLF, LF and CR line ends; runs in one pass over the text.
/// </summary>
public static class ScrapedTextReader
{
    /// <summary>Reads <paramref name="text"/> into blocks in input order; line numbers are 1-based.</summary>
    public static IReadOnlyList<SourceBlock> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<SourceBlock>();
        var group = new List<string>();
        var groupStart = 0;
        var lineNumber = 0;
        var rest = text.AsSpan();

        while (!rest.IsEmpty)
        {
            lineNumber++;
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + LineEndLength(rest, end))..];

            var normalized = LineNormalizer.Normalize(line);
            if (normalized.Length == 0)
            {
                LineGroupSplitter.Split(group, groupStart, blocks);
                group.Clear();
                continue;
            }
            if (group.Count == 0)
                groupStart = lineNumber;
            group.Add(normalized);
        }
        LineGroupSplitter.Split(group, groupStart, blocks);
        return blocks;
    }

    private static int LineEndLength(ReadOnlySpan<char> text, int index) =>
        text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;
}
