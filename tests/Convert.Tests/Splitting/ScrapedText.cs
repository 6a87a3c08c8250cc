using Convert.Core.Cleaning;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Tests.Splitting;

/// <summary>
/// Builds splitter input by hand: blocks are separated by blank lines and numbered from line 1.
/// A block that is exactly <see cref="Marker"/> stands for an end-of-body marker the cleaner removed:
/// it is left out and the next block becomes <c>TailStart</c>.
/// </summary>
internal static class ScrapedText
{
    public const string Marker = "[end-of-body]";

    public static CleanedText Clean(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<SourceBlock>();
        var tailStart = -1;
        var current = new List<string>();
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : "";
            if (line.Length > 0)
            {
                if (current.Count == 0)
                {
                    start = i + 1;
                }
                current.Add(line);
                continue;
            }
            if (current.Count == 0)
            {
                continue;
            }
            if (current is [Marker])
            {
                tailStart = tailStart < 0 ? blocks.Count : tailStart;
            }
            else
            {
                blocks.Add(SourceBlock.FromNumberedLines(current.ToList(), start) with { Ordinal = blocks.Count });
            }
            current.Clear();
        }
        return new CleanedText(blocks, tailStart < 0 ? blocks.Count : tailStart, [], ArticleMetadata.Empty);
    }

    public static IReadOnlyList<SourceBlock> Blocks(string text) => Clean(text).Blocks;
}
