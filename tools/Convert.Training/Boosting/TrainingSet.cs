namespace Convert.Training.Boosting;

/// <summary>Rows of named features with a binary label, a weight and a group (the site, for grouped folds).</summary>
internal sealed class TrainingSet
{
    private readonly List<float[]> rows = [];
    private readonly List<bool> labels = [];
    private readonly List<double> weights = [];
    private readonly List<string> groups = [];

    public TrainingSet(string[] featureNames)
    {
        FeatureNames = featureNames;
    }

    public string[] FeatureNames { get; }

    public int Count => rows.Count;

    public IReadOnlyList<float[]> Rows => rows;

    public IReadOnlyList<bool> Labels => labels;

    public IReadOnlyList<double> Weights => weights;

    public IReadOnlyList<string> Groups => groups;

    public void Add(float[] features, bool label, string group, double weight = 1)
    {
        if (features.Length != FeatureNames.Length)
            throw new ArgumentException($"a row has {features.Length} features, the set {FeatureNames.Length}", nameof(features));
        if (!(weight >= 0) || double.IsInfinity(weight))
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "a weight is a finite number >= 0");
        rows.Add(features);
        labels.Add(label);
        weights.Add(weight);
        groups.Add(group);
    }

    /// <summary>The rows whose index <paramref name="keep"/> accepts, in order.</summary>
    public TrainingSet Subset(Func<int, bool> keep)
    {
        var subset = new TrainingSet(FeatureNames);
        for (var i = 0; i < rows.Count; i++)
        {
            if (keep(i))
                subset.Add(rows[i], labels[i], groups[i], weights[i]);
        }
        return subset;
    }
}
