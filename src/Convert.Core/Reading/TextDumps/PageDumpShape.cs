using Convert.Core.Model;

namespace Convert.Core.Reading.TextDumps;

/// <summary>
/// Tells a whole-page text dump (what <c>w3m -dump</c>, <c>lynx -dump</c>, <c>get_text()</c> or "select all" give: the
/// article amid menus, footers and link lists) from an article a scraper already cut out, which may still carry a few
/// clutter lines (share buttons, a byline, a comment thread). Only dumps go through the line classifier.
/// </summary>
/// <remarks>
/// Measured on the 1,497 WCXB development pages dumped with w3m and on the project's text fixtures: the fixtures have at
/// most 23 short non-prose lines and few chrome marks, while 96% of the dumps have 30 or more short lines with at least
/// ten bullets, link marks or separators, or 80 and more short lines.
/// </remarks>
internal static class PageDumpShape
{
    // A line of a non-prose block with at most this many words is a menu entry, a button or a label.
    private const int MaxChromeLineWords = 6;
    private const int MinChromeLines = 30;
    private const int MinChromeMarks = 10;
    // So many short lines make a dump whatever marks they carry (a page whose menus have no bullets).
    private const int ManyChromeLines = 80;

    public static bool IsDump(IReadOnlyList<SourceBlock> blocks) => ProfilesOfDump(blocks) is not null;

    /// <summary>The blocks' profiles when they make a page dump (the line classifier reads them next), else null.</summary>
    public static BlockProfile[]? ProfilesOfDump(IReadOnlyList<SourceBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        // Cheap bound first: a clean article has too few short lines to be a dump, and most inputs are clean articles.
        if (!HasShortLines(blocks))
            return null;
        var profiles = blocks.Select(BlockProfile.Of).ToArray();
        return IsDump(blocks, profiles) ? profiles : null;
    }

    public static bool IsDump(IReadOnlyList<SourceBlock> blocks, BlockProfile[] profiles)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(profiles);
        if (!HasShortLines(blocks))
            return false;
        int chromeLines = 0, marks = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var profile = profiles[i];
            marks += profile.BulletLines + profile.LinkMarks + profile.Separators + profile.Brackets;
            if (profile.BodyLike)
                continue;
            foreach (var line in blocks[i].Lines)
            {
                if (WordCount(line.Text) <= MaxChromeLineWords)
                    chromeLines++;
            }
        }
        return (chromeLines >= MinChromeLines && marks >= MinChromeMarks) || chromeLines >= ManyChromeLines;
    }

    // The chrome lines counted below are short lines of some blocks, so fewer short lines in all the blocks than the
    // smaller threshold rule a dump out before any block is profiled.
    private static bool HasShortLines(IReadOnlyList<SourceBlock> blocks)
    {
        var lines = 0;
        foreach (var block in blocks)
        {
            foreach (var line in block.Lines)
            {
                if (WordCount(line.Text) <= MaxChromeLineWords && ++lines >= MinChromeLines)
                    return true;
            }
        }
        return false;
    }

    private static int WordCount(string line) => line.AsSpan().Count(' ') + 1;
}
