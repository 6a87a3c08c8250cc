using System.Globalization;

namespace Convert.Cli.Reporting;

/// <summary>The text of a batch's progress line: "[120/1800] 7% 85.3 files/s, 0:01 elapsed, ETA 0:20".</summary>
internal static class ProgressLine
{
    /// <summary>Before this much time the rate is too noisy to predict anything from.</summary>
    private static readonly TimeSpan MinTimeForRate = TimeSpan.FromMilliseconds(200);

    public static string Format(int done, int total, TimeSpan elapsed)
    {
        var percent = total == 0 ? 100 : done * 100 / total;
        var line = string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {percent}%");
        if (elapsed < MinTimeForRate || done == 0)
            return line;
        var rate = done / elapsed.TotalSeconds;
        var remaining = TimeSpan.FromSeconds((total - done) / rate);
        return string.Create(CultureInfo.InvariantCulture,
            $"{line} {rate:0.0} files/s, {Duration(elapsed)} elapsed, ETA {Duration(remaining)}");
    }

    /// <summary>"0:07", "12:30", "1:02:03".</summary>
    public static string Duration(TimeSpan span)
    {
        var seconds = (long)Math.Ceiling(span.TotalSeconds);
        var (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return h > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{h}:{m:00}:{s:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{m}:{s:00}");
    }
}
