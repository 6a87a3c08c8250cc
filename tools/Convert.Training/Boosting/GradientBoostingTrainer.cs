using Convert.Core.Learning;

namespace Convert.Training.Boosting;

/// <summary>
/// Trains a <see cref="BoostedTreesModel"/> for a binary label with log-loss: histogram-based gradient boosting
/// (Friedman's gradient boosting with the second-order leaf values and L2 penalty of XGBoost, bins as in LightGBM),
/// written here in a few hundred lines so that training needs no native library and is reproducible: the same
/// rows, options and seed give the same model, byte for byte.
/// </summary>
internal static class GradientBoostingTrainer
{
    public static BoostedTreesModel Train(TrainingSet set, BoostingOptions options, string name, double threshold = 0.5) =>
        Train(set, options, name, threshold, out _);

    /// <param name="gainByFeature">The total split gain each feature brought: which features the model leans on.</param>
    public static BoostedTreesModel Train(TrainingSet set, BoostingOptions options, string name, double threshold, out double[] gainByFeature)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        if (set.Count == 0)
            throw new ArgumentException("no rows to train on", nameof(set));
        var bins = FeatureBins.Build(set, options.Bins);
        var binned = bins.Apply(set);
        var binCounts = bins.Thresholds.Select(points => points.Length + 1).ToArray();
        var n = set.Count;
        var labels = set.Labels.Select(label => label ? 1.0 : 0.0).ToArray();
        var weights = set.Weights.ToArray();
        var baseScore = BaseScore(labels, weights);
        var margins = Enumerable.Repeat(baseScore, n).ToArray();
        var gradients = new double[n];
        var hessians = new double[n];
        var random = new Random(options.Seed);
        var trees = new List<RegressionTree>(options.Rounds);
        gainByFeature = new double[set.FeatureNames.Length];

        for (var round = 0; round < options.Rounds; round++)
        {
            for (var i = 0; i < n; i++)
            {
                var p = 1.0 / (1.0 + Math.Exp(-margins[i]));
                gradients[i] = weights[i] * (p - labels[i]);
                hessians[i] = weights[i] * Math.Max(p * (1 - p), 1e-6);
            }
            var rows = SampleRows(n, options.RowSampling, random);
            if (rows.Length == 0)
                continue;
            var grower = new TreeGrower(binned, binCounts, gradients, hessians, options, gainByFeature);
            var (feature, splitBin, left, right, value) = grower.Grow(rows);
            for (var i = 0; i < n; i++)
                margins[i] += EvaluateBinned(binned, i, feature, splitBin, left, right, value);
            var thresholds = new float[feature.Length];
            for (var node = 0; node < feature.Length; node++)
                thresholds[node] = feature[node] >= 0 ? bins.Thresholds[feature[node]][splitBin[node]] : 0;
            trees.Add(new RegressionTree(feature, thresholds, left, right, value));
        }
        return new BoostedTreesModel(name, set.FeatureNames, baseScore, threshold, trees);
    }

    private static double BaseScore(double[] labels, double[] weights)
    {
        double positive = 0, total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            positive += weights[i] * labels[i];
            total += weights[i];
        }
        var rate = Math.Clamp(total > 0 ? positive / total : 0.5, 1e-6, 1 - 1e-6);
        return Math.Log(rate / (1 - rate));
    }

    private static int[] SampleRows(int n, double share, Random random)
    {
        if (share >= 1)
            return Enumerable.Range(0, n).ToArray();
        var rows = new List<int>((int)(n * share) + 1);
        for (var i = 0; i < n; i++)
        {
            if (random.NextDouble() < share)
                rows.Add(i);
        }
        return [.. rows];
    }

    private static double EvaluateBinned(byte[][] binned, int row, int[] feature, int[] splitBin, int[] left, int[] right, double[] value)
    {
        var node = 0;
        while (feature[node] >= 0)
            node = binned[feature[node]][row] <= splitBin[node] ? left[node] : right[node];
        return value[node];
    }
}
