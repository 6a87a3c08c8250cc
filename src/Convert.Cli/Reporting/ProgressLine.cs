using System.Globalization;

namespace Convert.Cli.Reporting;

/// <summary>The text of a batch's progress line: "[120/1800] 6%, 85.3 files/s, 0:02 elapsed, ETA 0:20".</summary>
internal static class ProgressLine
{
    /// <param name="done">Inputs finished.</param>
    /// <param name="total">Inputs in the batch.</param>
    /// <param name="elapsed">Time since the batch started.</param>
    /// <param name="rate">Recent inputs per second, or null while there is too little to measure it (then no ETA either).</param>
    public static string Format(int done, int total, TimeSpan elapsed, double? rate)
    {
        var percent = total == 0 ? 100 : done * 100 / total;
        var line = string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {percent}%");
        if (rate is not { } perSecond || perSecond <= 0)
            return string.Create(CultureInfo.InvariantCulture, $"{line}, {Duration(elapsed)} elapsed");
        var remaining = TimeSpan.FromSeconds((total - done) / perSecond);
        return string.Create(CultureInfo.InvariantCulture,
            $"{line}, {perSecond:0.0} files/s, {Duration(elapsed)} elapsed, ETA {Duration(remaining)}");
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
