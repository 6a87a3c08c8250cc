using Convert.Core.Cleaning;
using Convert.Core.Model;

namespace Convert.Core.Reading.TextDumps;

/// <summary>
/// The features of each block of a page dump that the line classifier reads: the block's own shape
/// (<see cref="BlockProfile"/>), its neighbours', how often its text recurs in the dump, and where it stands relative
/// to the dump's prose (the longest run of prose blocks, the prose around it, the share of prose before it).
/// Training and inference both call <c>Compute</c>, so the model always reads what it was trained on.
/// </summary>
internal static class TextLineFeatures
{
    // A non-prose block inside the article (a heading, a short line) costs this many prose words in the run search.
    private const int RunGapCost = 6;

    public static IReadOnlyList<string> Names { get; } =
    [
        "log_chars", "log_words", "lines", "mean_word_length", "letter_share", "digit_share", "upper_share",
        "punctuation_share", "commas_per_word", "sentence_breaks", "capitalised_share", "stop_share",
        "bullet_share", "link_marks", "brackets", "separators", "rule_chars",
        "ends_sentence", "ends_colon", "starts_upper", "has_url", "has_at", "has_copyright", "body_like",
        "repeats", "position", "log_blocks", "words_to_max",
        "prose_before_share", "prose_window_2", "prose_window_6", "run_side", "run_distance", "run_share",
        "prev_log_words", "prev_body_like", "prev_ends_sentence", "prev_bullet_share", "prev_stop_share",
        "next_log_words", "next_body_like", "next_ends_sentence", "next_bullet_share", "next_stop_share",
        "prev2_log_words", "next2_log_words", "prev2_body_like", "next2_body_like",
        "short_window_5", "bullet_depth",
    ];

    /// <summary>One feature row per block, in <see cref="Names"/>' order.</summary>
    public static float[][] Compute(IReadOnlyList<SourceBlock> blocks) =>
        Compute(blocks, blocks.Select(BlockProfile.Of).ToArray());

    /// <summary>One feature row per block from profiles already taken (<paramref name="profiles"/>[i] of block i).</summary>
    public static float[][] Compute(IReadOnlyList<SourceBlock> blocks, BlockProfile[] profiles)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(profiles);
        var n = blocks.Count;

        var repeats = Repeats(blocks);
        var prose = new int[n];
        var maxWords = 1;
        for (var i = 0; i < n; i++)
        {
            prose[i] = profiles[i].BodyLike ? profiles[i].Words : 0;
            maxWords = Math.Max(maxWords, profiles[i].Words);
        }
        var cumulative = new long[n + 1];
        for (var i = 0; i < n; i++)
            cumulative[i + 1] = cumulative[i] + prose[i];
        var totalProse = Math.Max(1, cumulative[n]);
        var (runStart, runEnd) = LongestProseRun(prose);
        var runWords = runStart < 0 ? 0 : cumulative[runEnd + 1] - cumulative[runStart];

        var rows = new float[n][];
        for (var i = 0; i < n; i++)
        {
            var p = profiles[i];
            var row = new float[Names.Count];
            var k = 0;
            row[k++] = Log(p.Chars);
            row[k++] = Log(p.Words);
            row[k++] = p.Lines;
            row[k++] = (float)p.Letters / Math.Max(1, p.Words);
            row[k++] = Share(p.Letters, p.Chars);
            row[k++] = Share(p.Digits, p.Chars);
            row[k++] = Share(p.Upper, p.Letters);
            row[k++] = Share(p.Punctuation, p.Chars);
            row[k++] = Share(p.Commas, p.Words);
            row[k++] = p.SentenceBreaks;
            row[k++] = Share(p.CapitalisedWords, p.LongWords);
            row[k++] = Share(p.StopWords, p.Tokens);
            row[k++] = Share(p.BulletLines, p.Lines);
            row[k++] = p.LinkMarks;
            row[k++] = p.Brackets;
            row[k++] = p.Separators;
            row[k++] = p.RuleChars;
            row[k++] = Flag(p.EndsSentence);
            row[k++] = Flag(p.EndsColon);
            row[k++] = Flag(p.StartsUpper);
            row[k++] = Flag(p.HasUrl);
            row[k++] = Flag(p.HasAt);
            row[k++] = Flag(p.HasCopyright);
            row[k++] = Flag(p.BodyLike);
            row[k++] = repeats[i];
            row[k++] = n <= 1 ? 0 : (float)i / (n - 1);
            row[k++] = Log(n);
            row[k++] = (float)p.Words / maxWords;
            row[k++] = (float)((double)cumulative[i] / totalProse);
            row[k++] = (float)((double)Window(cumulative, i, 2) / totalProse);
            row[k++] = (float)((double)Window(cumulative, i, 6) / totalProse);
            row[k++] = runStart < 0 ? float.NaN : i < runStart ? -1 : i > runEnd ? 1 : 0;
            row[k++] = runStart < 0 ? float.NaN : Log(i < runStart ? runStart - i : i > runEnd ? i - runEnd : 0);
            row[k++] = (float)((double)runWords / totalProse);
            k = Neighbour(row, k, profiles, i - 1);
            k = Neighbour(row, k, profiles, i + 1);
            row[k++] = i >= 2 ? Log(profiles[i - 2].Words) : float.NaN;
            row[k++] = i + 2 < n ? Log(profiles[i + 2].Words) : float.NaN;
            row[k++] = i >= 2 ? Flag(profiles[i - 2].BodyLike) : float.NaN;
            row[k++] = i + 2 < n ? Flag(profiles[i + 2].BodyLike) : float.NaN;
            row[k++] = ShortShare(profiles, i, 5);
            row[k++] = TextLineContextFeatures.BulletDepth(blocks[i].Lines[0].Text);
            rows[i] = row;
        }
        return rows;
    }

    private static int Neighbour(float[] row, int k, BlockProfile[] profiles, int j)
    {
        if (j < 0 || j >= profiles.Length)
        {
            for (var m = 0; m < 5; m++)
                row[k++] = float.NaN;
            return k;
        }
        var p = profiles[j];
        row[k++] = Log(p.Words);
        row[k++] = Flag(p.BodyLike);
        row[k++] = Flag(p.EndsSentence);
        row[k++] = Share(p.BulletLines, p.Lines);
        row[k++] = Share(p.StopWords, p.Tokens);
        return k;
    }

    /// <summary>How many other blocks of the dump read the same (menus printed twice, "Read more" after every teaser).</summary>
    private static float[] Repeats(IReadOnlyList<SourceBlock> blocks)
    {
        var keys = new string[blocks.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            keys[i] = LineKey.For(blocks[i].Text);
            counts[keys[i]] = counts.GetValueOrDefault(keys[i]) + 1;
        }
        return keys.Select(k => Log(counts[k] - 1)).ToArray();
    }

    /// <summary>The run of blocks with the most prose words, a non-prose block inside costing <see cref="RunGapCost"/>.</summary>
    internal static (int Start, int End) LongestProseRun(int[] prose)
    {
        int bestStart = -1, bestEnd = -1, start = 0;
        long best = 0, sum = 0;
        for (var i = 0; i < prose.Length; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }
            sum += prose[i] > 0 ? prose[i] : -RunGapCost;
            if (sum > best)
            {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return (bestStart, bestEnd);
    }

    private static long Window(long[] cumulative, int i, int radius)
    {
        var from = Math.Max(0, i - radius);
        var to = Math.Min(cumulative.Length - 1, i + radius + 1);
        return cumulative[to] - cumulative[from];
    }

    private static float ShortShare(BlockProfile[] profiles, int i, int radius)
    {
        int shortOnes = 0, all = 0;
        for (var j = Math.Max(0, i - radius); j <= Math.Min(profiles.Length - 1, i + radius); j++)
        {
            all++;
            if (profiles[j].Words <= 4)
                shortOnes++;
        }
        return Share(shortOnes, all);
    }

    private static float Log(long value) => MathF.Log(1 + value);

    private static float Share(int part, int whole) => whole <= 0 ? 0 : (float)part / whole;

    private static float Flag(bool value) => value ? 1 : 0;
}
