namespace Convert.Core.Learning;

/// <summary>
/// A binary classifier made of gradient-boosted regression trees (log-loss): the margin is the base score plus
/// each tree's leaf value, the probability its logistic. Trained by the separate training tool and shipped as
/// data (<see cref="ModelFile"/>), so the product needs no ML runtime and stays deterministic.
/// </summary>
internal sealed class BoostedTreesModel
{
    private readonly RegressionTree[] trees;
    private readonly string[] featureNames;

    public BoostedTreesModel(string name, IReadOnlyList<string> featureNames, double baseScore, double threshold,
        IReadOnlyList<RegressionTree> trees)
    {
        Name = name;
        this.featureNames = [.. featureNames];
        BaseScore = baseScore;
        Threshold = threshold;
        this.trees = [.. trees];
        foreach (var tree in this.trees)
        {
            if (tree.Problem(this.featureNames.Length) is { } problem)
                throw new ModelFormatException($"model '{name}': {problem}");
        }
    }

    public string Name { get; }

    public IReadOnlyList<string> FeatureNames => featureNames;

    public double BaseScore { get; }

    /// <summary>The probability at or above which a row counts as positive, chosen when the model was trained.</summary>
    public double Threshold { get; }

    internal IReadOnlyList<RegressionTree> Trees => trees;

    public double Margin(ReadOnlySpan<float> features)
    {
        if (features.Length != featureNames.Length)
            throw new ArgumentException($"model '{Name}' takes {featureNames.Length} features, got {features.Length}", nameof(features));
        var sum = BaseScore;
        foreach (var tree in trees)
            sum += tree.Evaluate(features);
        return sum;
    }

    public double Probability(ReadOnlySpan<float> features) => 1.0 / (1.0 + Math.Exp(-Margin(features)));

    public bool IsPositive(ReadOnlySpan<float> features) => Probability(features) >= Threshold;

    /// <summary>
    /// Fails unless the model was trained on exactly these features in this order: a model file from another
    /// version of the feature code would otherwise extract wrongly without a word.
    /// </summary>
    public void RequireFeatures(IReadOnlyList<string> expected)
    {
        if (expected.SequenceEqual(featureNames, StringComparer.Ordinal))
            return;
        var missing = expected.Except(featureNames, StringComparer.Ordinal).ToList();
        var extra = featureNames.Except(expected, StringComparer.Ordinal).ToList();
        var detail = missing.Count + extra.Count == 0
            ? "the features are in another order"
            : string.Join("; ", new[]
            {
                missing.Count > 0 ? "missing " + string.Join(", ", missing.Take(5)) : null,
                extra.Count > 0 ? "unknown " + string.Join(", ", extra.Take(5)) : null,
            }.Where(part => part is not null));
        throw new ModelFormatException(
            $"model '{Name}' does not fit this version's features ({detail}); retrain it with the training tool");
    }

    public static BoostedTreesModel Parse(ReadOnlySpan<byte> utf8Json, string source) => ModelFile.Parse(utf8Json, source);

    /// <summary>Reads a model shipped as an embedded resource of this assembly, in its binary form (<see cref="ModelBinary"/>).</summary>
    public static BoostedTreesModel LoadEmbedded(string logicalName)
    {
        using var stream = typeof(BoostedTreesModel).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new ModelFormatException($"model resource '{logicalName}' is missing from the build");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return ModelBinary.Read(bytes, logicalName);
    }

    public void Write(Stream utf8Json, System.Text.Json.Nodes.JsonObject? training = null) => ModelFile.Write(this, utf8Json, training);
}
