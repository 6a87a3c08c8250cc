using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// The title is the first block when it is one short line that is not a sentence (no final period; "?" and "!"
/// are fine), not a byline, not a date, and more text follows. Otherwise there is no title: one is never invented.
/// </summary>
internal static class TitleDetector
{
    public const int MaxWords = 20;
    public const int MaxLength = 200;

    public static bool IsTitle(IReadOnlyList<SourceBlock> blocks)
    {
        if (blocks.Count < 2 || blocks[0].Lines.Count != 1)
        {
            return false;
        }
        var text = blocks[0].Text.Trim();
        return text.Length is > 0 and <= MaxLength
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords
            && !text.EndsWith('.')
            && !text.EndsWith(',')
            && !text.EndsWith(';')
            && !BodyStructurer.HasListMarker(text)
            && !text.StartsWith("> ", StringComparison.Ordinal)
            && BylineParser.TryParse(text) is null
            && DateParser.ParseDateLine(text) is null;
    }
}
