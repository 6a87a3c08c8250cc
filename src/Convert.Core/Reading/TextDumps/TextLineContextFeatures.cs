using Convert.Core.Model;

namespace Convert.Core.Reading.TextDumps;

/// <summary>
/// The second stage's features: what the first stage (<see cref="TextLineFeatures"/>) made of a block and of the
/// blocks around it. A menu entry the first stage half-trusts between two menus, or a short line inside a run of
/// article paragraphs, is decided by its neighbours' scores, which the first stage cannot see. The stage is trained
/// on held-out first-stage scores (stacking), so it learns how far those scores can be trusted on unseen sites.
/// </summary>
internal static class TextLineContextFeatures
{
    // Blocks the first stage scores at least this high count as article for the span and run features.
    private const double Likely = 0.5;
    private const int Window = 5;
    // Blocks longer than this are not looked up in the chrome phrases (a menu block of several entries is at most this).
    private const int ChromeWords = 80;

    public static IReadOnlyList<string> Names { get; } =
    [
        "p", "p_prev1", "p_prev2", "p_prev3", "p_next1", "p_next2", "p_next3",
        "p_window_mean", "p_max_before", "p_max_after", "p_page_max", "p_page_mean",
        "likely_words_before_share", "likely_words_after_share", "gap_before", "gap_after", "log_run_words",
        "log_words", "body_like", "bullet_share", "ends_sentence", "bullet_depth", "chrome_phrase", "chrome_window_5",
    ];

    /// <summary>One row per block from the first stage's probabilities and the blocks' profiles.</summary>
    public static float[][] Compute(IReadOnlyList<double> probabilities, IReadOnlyList<SourceBlock> blocks, BlockProfile[] profiles)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(profiles);
        var n = profiles.Length;
        var chrome = new float[n];
        for (var i = 0; i < n; i++)
            chrome[i] = profiles[i].Words <= ChromeWords ? ChromePhrases.Share(blocks[i]) : 0;
        var likelyBefore = new long[n + 1];
        double sum = 0, max = 0;
        for (var i = 0; i < n; i++)
        {
            likelyBefore[i + 1] = likelyBefore[i] + (probabilities[i] >= Likely ? profiles[i].Words : 0);
            sum += probabilities[i];
            max = Math.Max(max, probabilities[i]);
        }
        var likelyTotal = Math.Max(1, likelyBefore[n]);
        var (lastLikely, nextLikely) = NearestLikely(probabilities);
        var runWords = RunWords(probabilities, profiles);

        var rows = new float[n][];
        for (var i = 0; i < n; i++)
        {
            var p = profiles[i];
            var row = new float[Names.Count];
            var k = 0;
            row[k++] = (float)probabilities[i];
            for (var d = 1; d <= 3; d++)
                row[k++] = i - d >= 0 ? (float)probabilities[i - d] : float.NaN;
            for (var d = 1; d <= 3; d++)
                row[k++] = i + d < n ? (float)probabilities[i + d] : float.NaN;
            row[k++] = WindowMean(probabilities, profiles, i);
            row[k++] = MaxIn(probabilities, Math.Max(0, i - Window), i - 1);
            row[k++] = MaxIn(probabilities, i + 1, Math.Min(n - 1, i + Window));
            row[k++] = (float)max;
            row[k++] = (float)(sum / n);
            row[k++] = (float)((double)likelyBefore[i] / likelyTotal);
            row[k++] = (float)((double)(likelyBefore[n] - likelyBefore[i + 1]) / likelyTotal);
            row[k++] = lastLikely[i] < 0 ? float.NaN : MathF.Log(i - lastLikely[i]);
            row[k++] = nextLikely[i] < 0 ? float.NaN : MathF.Log(nextLikely[i] - i);
            row[k++] = MathF.Log(1 + runWords[i]);
            row[k++] = MathF.Log(1 + p.Words);
            row[k++] = p.BodyLike ? 1 : 0;
            row[k++] = p.Lines == 0 ? 0 : (float)p.BulletLines / p.Lines;
            row[k++] = p.EndsSentence ? 1 : 0;
            row[k++] = BulletDepth(blocks[i].Lines[0].Text);
            row[k++] = chrome[i];
            row[k++] = Mean(chrome, i);
            rows[i] = row;
        }
        return rows;
    }

    /// <summary>
    /// The nesting a dump's bullet shows: w3m prints list items as •, then ◦ or ○, then □ or ▪, then ☆ as lists nest,
    /// and site menus nest deeper than article lists. 0 for a line with no bullet.
    /// </summary>
    internal static float BulletDepth(string line) =>
        line.Length < 2 || line[1] != ' ' ? 0 : line[0] switch
        {
            '•' or '*' or '-' or '●' => 1,
            '◦' or '○' => 2,
            '□' or '▪' or '■' => 3,
            '☆' or '★' => 4,
            _ => 0,
        };

    // For each block the index of the closest likely block before it and after it (-1 when there is none).
    private static (int[] Before, int[] After) NearestLikely(IReadOnlyList<double> probabilities)
    {
        var n = probabilities.Count;
        var before = new int[n];
        var after = new int[n];
        var last = -1;
        for (var i = 0; i < n; i++)
        {
            before[i] = last;
            if (probabilities[i] >= Likely)
                last = i;
        }
        last = -1;
        for (var i = n - 1; i >= 0; i--)
        {
            after[i] = last;
            if (probabilities[i] >= Likely)
                last = i;
        }
        return (before, after);
    }

    // The words of the run of consecutive likely blocks a block belongs to (0 for a block the first stage doubts).
    private static long[] RunWords(IReadOnlyList<double> probabilities, BlockProfile[] profiles)
    {
        var n = profiles.Length;
        var words = new long[n];
        var start = 0;
        while (start < n)
        {
            if (probabilities[start] < Likely)
            {
                start++;
                continue;
            }
            var end = start;
            long total = 0;
            while (end < n && probabilities[end] >= Likely)
                total += profiles[end++].Words;
            for (var i = start; i < end; i++)
                words[i] = total;
            start = end;
        }
        return words;
    }

    private static float WindowMean(IReadOnlyList<double> probabilities, BlockProfile[] profiles, int i)
    {
        double sum = 0, weight = 0;
        for (var j = Math.Max(0, i - Window); j <= Math.Min(profiles.Length - 1, i + Window); j++)
        {
            if (j == i)
                continue;
            var w = 1 + profiles[j].Words;
            sum += w * probabilities[j];
            weight += w;
        }
        return weight == 0 ? float.NaN : (float)(sum / weight);
    }

    private static float Mean(float[] values, int i)
    {
        float sum = 0;
        var count = 0;
        for (var j = Math.Max(0, i - Window); j <= Math.Min(values.Length - 1, i + Window); j++)
        {
            sum += values[j];
            count++;
        }
        return sum / count;
    }

    private static float MaxIn(IReadOnlyList<double> probabilities, int from, int to)
    {
        if (from > to)
            return float.NaN;
        var max = 0.0;
        for (var j = from; j <= to; j++)
            max = Math.Max(max, probabilities[j]);
        return (float)max;
    }
}
