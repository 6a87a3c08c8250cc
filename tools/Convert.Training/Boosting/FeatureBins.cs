namespace Convert.Training.Boosting;

/// <summary>
/// Cuts each feature's values into at most a fixed number of bins at quantiles of the training values, so a split
/// is a bin index during training and the matching threshold in the model: bin(x) is the first j with x at most
/// threshold j, and "bin at most b" is exactly "x at most threshold b". NaN falls in bin 0, which every split sends
/// left, as the inference code does.
/// </summary>
internal sealed class FeatureBins
{
    private FeatureBins(float[][] thresholds)
    {
        Thresholds = thresholds;
    }

    /// <summary>Per feature, the ascending split points; a feature has one bin more than it has thresholds.</summary>
    public float[][] Thresholds { get; }

    public static FeatureBins Build(TrainingSet set, int bins)
    {
        if (bins is < 2 or > 256)
            throw new ArgumentOutOfRangeException(nameof(bins), bins, "between 2 and 256 bins");
        var thresholds = new float[set.FeatureNames.Length][];
        for (var feature = 0; feature < thresholds.Length; feature++)
        {
            var values = new List<float>(set.Count);
            foreach (var row in set.Rows)
            {
                if (!float.IsNaN(row[feature]))
                    values.Add(row[feature]);
            }
            thresholds[feature] = SplitPoints(values, bins - 1);
        }
        return new FeatureBins(thresholds);
    }

    private static float[] SplitPoints(List<float> values, int most)
    {
        values.Sort();
        var distinct = new List<float>();
        foreach (var value in values)
        {
            if (distinct.Count == 0 || distinct[^1] != value)
                distinct.Add(value);
        }
        // The largest value needs no split point of its own: everything above the last point is the last bin.
        if (distinct.Count <= most + 1)
            return [.. distinct.Take(Math.Max(0, distinct.Count - 1))];
        var points = new List<float>(most);
        for (var k = 1; k <= most; k++)
        {
            var value = values[(int)((long)k * values.Count / (most + 1))];
            if (value < distinct[^1] && (points.Count == 0 || points[^1] < value))
                points.Add(value);
        }
        return [.. points];
    }

    public byte Bin(int feature, float value)
    {
        if (float.IsNaN(value))
            return 0;
        var points = Thresholds[feature];
        var index = Array.BinarySearch(points, value);
        return (byte)(index >= 0 ? index : ~index);
    }

    /// <summary>The set's rows binned, feature-major (one array per feature), the layout histograms read fastest.</summary>
    public byte[][] Apply(TrainingSet set)
    {
        var binned = new byte[Thresholds.Length][];
        for (var feature = 0; feature < binned.Length; feature++)
        {
            var column = new byte[set.Count];
            for (var row = 0; row < column.Length; row++)
                column[row] = Bin(feature, set.Rows[row][feature]);
            binned[feature] = column;
        }
        return binned;
    }
}
