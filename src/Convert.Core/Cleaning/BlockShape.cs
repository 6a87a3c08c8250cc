using Convert.Core.Model;

namespace Convert.Core.Cleaning;

/// <summary>Shape tests on blocks that tell body prose from headline lists and term lists.</summary>
internal static class BlockShape
{
    private const int MinBodyWords = 12;
    private const int MaxHeadlineWords = 16;
    private const int MaxTermWords = 3;

    /// <summary>Prose: at least 12 words with sentence punctuation. The body starts at the first such block.</summary>
    public static bool IsBodyLike(SourceBlock block)
    {
        var text = block.Text;
        return LineKey.CountWords(text) >= MinBodyWords &&
               (EndsSentence(text) || text.Contains(". ", StringComparison.Ordinal));
    }

    /// <summary>A single short line without a closing period: a linked headline in a related or next/previous list.</summary>
    public static bool IsHeadlineLike(SourceBlock block)
    {
        if (block.Lines.Count != 1 || IsBodyLike(block))
            return false;
        var line = block.Line(0);
        return LineKey.CountWords(line) <= MaxHeadlineWords && line[^1] is not ('.' or ',' or ';' or ':');
    }

    /// <summary>Short terms, one per line or comma-separated, as listed under a "Tags:" label.</summary>
    public static bool IsTermList(SourceBlock block)
    {
        if (IsBodyLike(block))
            return false;
        foreach (var line in block.Lines.Select(l => l.Text))
        {
            if (line[^1] is '.' or ':' or '!' or '?')
                return false;
            foreach (var term in SplitTerms(line))
            {
                if (LineKey.CountWords(term) > MaxTermWords)
                    return false;
            }
        }
        return true;
    }

    /// <summary>Splits "a, b; c | d" into trimmed, non-empty terms.</summary>
    public static IEnumerable<string> SplitTerms(string text) =>
        text.Split([',', ';', '|', '•', '·'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or ')';
}
