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
            keep[i] = probabilities[i] >= threshold;
            any |= keep[i];
        }
        if (!any)
            KeepLongestProseRun(keep, profiles);
        return keep;
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
