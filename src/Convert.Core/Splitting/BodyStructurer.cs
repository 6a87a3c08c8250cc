using System.Text.RegularExpressions;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Splitting;

/// <summary>
/// Turns body text blocks into model blocks: bulleted and numbered lines become lists, "> " lines quotes,
/// "#" lines and short standalone lines followed by text headings, everything else paragraphs.
/// No word is added, dropped or moved; only list, quote and heading markers are taken off.
/// </summary>
internal static partial class BodyStructurer
{
    public const int MaxHeadingWords = 12;
    public const int MaxHeadingLength = 100;

    public static bool HasListMarker(string line) => ListMarker.IsListItem(line);

    public static IReadOnlyList<Block> Structure(IReadOnlyList<SourceBlock> blocks)
    {
        var result = new List<Block>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Rich is { } rich)
            {
                // The reader knew the block's shape (HTML): it is kept as built.
                result.Add(rich);
                continue;
            }
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (TryHeading(blocks[i], next) is { } heading)
            {
                result.Add(heading);
                continue;
            }
            result.AddRange(LineGroups.Split(blocks[i]));
        }
        return result;
    }

    private static Heading? TryHeading(SourceBlock block, SourceBlock? next)
    {
        if (block.Lines.Count != 1)
        {
            return null;
        }
        var line = block.Line(0);
        var hashes = MarkdownHeading().Match(line);
        if (hashes.Success)
        {
            return new Heading(Math.Min(hashes.Groups[1].Length, 3), hashes.Groups[2].Value.Trim(), block.Source);
        }
        return IsPlainHeading(line) && next is not null && !IsPlainHeading(next.Text)
            ? new Heading(2, line, block.Source)
            : null;
    }

    private static bool IsPlainHeading(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > MaxHeadingLength || HasListMarker(text) || text.StartsWith('>'))
        {
            return false;
        }
        if (char.IsLower(text[0]) || ".,;:!?…\"”’)".Contains(text[^1], StringComparison.Ordinal))
        {
            return false;
        }
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords;
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.+)$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^>\s?")]
    internal static partial Regex QuoteMarker();
}
