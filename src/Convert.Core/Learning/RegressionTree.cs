namespace Convert.Core.Learning;

/// <summary>
/// One regression tree as parallel node arrays. An inner node sends a row left when its feature is at most the
/// threshold (or NaN), right otherwise; a leaf has feature -1 and holds the value added to the margin.
/// </summary>
internal sealed class RegressionTree
{
    public RegressionTree(int[] feature, float[] threshold, int[] left, int[] right, double[] value)
    {
        Feature = feature;
        Threshold = threshold;
        Left = left;
        Right = right;
        Value = value;
    }

    public int[] Feature { get; }
    public float[] Threshold { get; }
    public int[] Left { get; }
    public int[] Right { get; }
    public double[] Value { get; }

    public int NodeCount => Feature.Length;

    public double Evaluate(ReadOnlySpan<float> features)
    {
        var node = 0;
        while (Feature[node] >= 0)
        {
            var x = features[Feature[node]];
            node = x <= Threshold[node] || float.IsNaN(x) ? Left[node] : Right[node];
        }
        return Value[node];
    }

    /// <summary>Why the arrays do not form a tree over <paramref name="featureCount"/> features, or null.</summary>
    public string? Problem(int featureCount)
    {
        var n = Feature.Length;
        if (n == 0)
            return "a tree has no nodes";
        if (Threshold.Length != n || Left.Length != n || Right.Length != n || Value.Length != n)
            return "a tree's node arrays differ in length";
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(Value[i]))
                return $"node {i} has a value that is not a finite number";
            if (Feature[i] < 0)
                continue;
            if (Feature[i] >= featureCount)
                return $"node {i} splits on feature {Feature[i]}, but the model has {featureCount}";
            // Children after their parent: no cycles, and every walk ends at a leaf.
            if (Left[i] <= i || Left[i] >= n || Right[i] <= i || Right[i] >= n)
                return $"node {i} points at a child outside the tree";
            if (float.IsNaN(Threshold[i]))
                return $"node {i} has no threshold";
        }
        return null;
    }
}
