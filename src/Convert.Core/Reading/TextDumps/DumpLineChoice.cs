using Convert.Core.Model;

namespace Convert.Core.Reading.TextDumps;

/// <summary>
/// Turns the classifier's block probabilities into the blocks a dump keeps. Shared by inference and by the training
/// tool's evaluation, so the figures measured are those of what the converter does.
/// </summary>
internal static class DumpLineChoice
{
    public static bool[] Decide(IReadOnlyList<double> probabilities, IReadOnlyList<SourceBlock> blocks, BlockProfile[] profiles,
        double threshold)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(profiles);
        var keep = new bool[blocks.Count];
        var any = false;
        for (var i = 0; i < keep.Length; i++)
        {
            keep[i] = probabilities[i] >= threshold && !IsButtonRow(blocks[i]);
            any |= keep[i];
        }
        if (!any)
            KeepLongestProseRun(keep, profiles);
        return keep;
    }

    /// <summary>
    /// A block whose every line is two or more bracketed items and nothing else ("[Facebook] [Twitter] [Print]", "[   ] [Search]"):
    /// how w3m prints a row of buttons, icons or form fields. In the WCXB dumps about 2% of such lines have words that
    /// recur in the article text (a "Subscribe" button under a newsletter article), none is article text itself; the
    /// model, which reads the block's counts, not its layout, sometimes keeps them inside an article.
    /// </summary>
    internal static bool IsButtonRow(SourceBlock block)
    {
        foreach (var line in block.Lines)
        {
            if (!IsButtonLine(line.Text))
                return false;
        }
        return true;
    }

    private static bool IsButtonLine(string line)
    {
        var items = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == ' ')
            {
                i++;
                continue;
            }
            if (line[i] != '[')
                return false;
            var close = line.IndexOf(']', i + 1);
            if (close < 0)
                return false;
            // An empty item is a form field; an item opened by "-" or "<" is a command's option, as manuals print them.
            var item = line.AsSpan(i + 1, close - i - 1).Trim();
            if (!item.IsEmpty && !char.IsLetter(item[0]))
                return false;
            items++;
            i = close + 1;
        }
        return items >= 2;
    }

    // Nothing scored as article: the dump's longest run of prose is the best guess left.
    private static void KeepLongestProseRun(bool[] keep, BlockProfile[] profiles)
    {
        var prose = profiles.Select(p => p.BodyLike ? p.Words : 0).ToArray();
        var (start, end) = TextLineFeatures.LongestProseRun(prose);
        for (var i = Math.Max(0, start); i <= end; i++)
            keep[i] = true;
    }
}
