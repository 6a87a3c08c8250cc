using System.Globalization;
using Convert.Training.Boosting;

namespace Convert.Training.HtmlBlocks;

/// <summary>The html-blocks verb's arguments; null from <see cref="Parse"/> when they are incomplete or wrong.</summary>
internal sealed record HtmlBlocksOptions(
    string GroundTruth, string Pages, string Out, int Folds, BoostingOptions Boosting, double? Threshold, string Weight, string? PerPage, string? Cache)
{
    public static HtmlBlocksOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                return null;
            values[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 != 0 || !values.TryGetValue("ground-truth", out var truth) || !values.TryGetValue("pages", out var pages)
            || !values.TryGetValue("out", out var output))
            return null;
        var defaults = new BoostingOptions();
        var boosting = defaults with
        {
            Rounds = Int(values, "rounds", defaults.Rounds),
            MaxDepth = Int(values, "depth", defaults.MaxDepth),
            LearningRate = Double(values, "learning-rate", defaults.LearningRate),
            MinLeafSamples = Int(values, "min-leaf", defaults.MinLeafSamples),
        };
        double? threshold = values.GetValueOrDefault("threshold", "auto") is "auto" ? null : Double(values, "threshold", 0.5);
        var weight = values.GetValueOrDefault("weight", "words");
        if (weight is not ("words" or "sqrt"))
            return null;
        return new HtmlBlocksOptions(truth, pages, output, Int(values, "folds", 5), boosting, threshold, weight, values.GetValueOrDefault("per-page"), values.GetValueOrDefault("cache"));
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static double Double(Dictionary<string, string> values, string name, double fallback) =>
        values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
