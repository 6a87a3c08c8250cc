using Convert.Core.Model;
namespace Convert.Core.Reading;

/// <summary>
/// Splits a group of consecutive non-blank lines into blocks. Hard-wrapped prose stays one block; a short line
/// standing alone ("Share.", a title above its first paragraph) becomes its own block; consecutive list items
/// form one block with one line per item.
/// </summary>
internal static class LineGroupSplitter
{
    // Scrapers that put one paragraph per line give lines far longer than any hard wrap.
    private const int MaxWrapWidth = 160;
    // Groups narrower than this are lists of short lines (buttons, names, menus), not wrapped prose.
    private const int MinWrapWidth = 40;
    // A line shorter than this share of the wrap width ends its paragraph.
    private const double FilledLineShare = 0.6;

    public static void Split(List<string> lines, int firstLineNumber, List<SourceBlock> output)
    {
        if (lines.Count == 0)
            return;
        var wrapWidth = 0;
        foreach (var line in lines)
            wrapWidth = Math.Max(wrapWidth, line.Length);

        var start = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i < lines.Count && Continues(lines[i - 1], lines[i], wrapWidth, isLast: i == lines.Count - 1))
                continue;
            output.Add(SourceBlock.FromNumberedLines(lines.GetRange(start, i - start), firstLineNumber + start) with { Ordinal = output.Count });
            start = i;
        }
    }

    private static bool Continues(string previous, string current, int wrapWidth, bool isLast)
    {
        var previousIsItem = ListMarker.IsListItem(previous);
        if (previousIsItem || ListMarker.IsListItem(current))
            return previousIsItem && ListMarker.IsListItem(current);
        if (wrapWidth < MinWrapWidth || previous.Length > MaxWrapWidth)
            return false;
        if (previous.Length < wrapWidth * FilledLineShare || LooksLikeHeading(previous))
            return false;
        // "…in the region." followed by a short capitalised last line: "Share." stands alone, "here." continues.
        var currentIsShort = current.Length < wrapWidth * FilledLineShare;
        return !(isLast && currentIsShort && EndsSentence(previous) && char.IsUpper(current[0]));
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')';

    // Title Case with no closing punctuation: a title or section heading, not a wrapped prose line.
    private static bool LooksLikeHeading(string line)
    {
        if (line[^1] is '.' or ',' or ';' or ':' or '!' or '?')
            return false;
        int longWords = 0, capitalised = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan()[range];
            if (word.Length < 4)
                continue;
            longWords++;
            if (char.IsUpper(word[0]))
                capitalised++;
        }
        return longWords >= 2 && capitalised >= longWords * 0.75;
    }
}
