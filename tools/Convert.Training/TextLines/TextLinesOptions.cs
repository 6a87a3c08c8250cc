using System.Globalization;

namespace Convert.Training.TextLines;

/// <summary>The <c>text-lines</c> verb's arguments.</summary>
internal sealed record TextLinesOptions(string Truth, string Dumps, string Output, string ContextOutput, int Folds, int Seed,
    int Rounds, int MaxDepth, int MinLeafSamples, int ContextRounds, int ContextDepth, int ContextMinLeaf, bool Nested, string? Cache, double? Threshold)
{
    /// <summary>The options, or null when a required one is missing or a value is not a number.</summary>
    public static TextLinesOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                return null;
            values[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 != 0 || !values.TryGetValue("truth", out var truth) || !values.TryGetValue("dumps", out var dumps)
            || !values.TryGetValue("out", out var output) || !values.TryGetValue("context-out", out var contextOutput))
            return null;
        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
        return new TextLinesOptions(truth, dumps, output, contextOutput, Number("folds", 5), Number("seed", 17), Number("rounds", 100),
            Number("depth", 6), Number("min-leaf", 20), Number("context-rounds", 60), Number("context-depth", 4), Number("context-min-leaf", 100),
            values.GetValueOrDefault("nested") is "1" or "true", values.GetValueOrDefault("cache"),
            values.TryGetValue("threshold", out var fixedThreshold)
                && double.TryParse(fixedThreshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && t is > 0 and < 1 ? t : null);
    }
}
