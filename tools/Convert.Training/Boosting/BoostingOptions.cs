namespace Convert.Training.Boosting;

/// <summary>How the trees are grown. The defaults suit tens to hundreds of thousands of rows.</summary>
internal sealed record BoostingOptions
{
    public int Rounds { get; init; } = 200;

    public int MaxDepth { get; init; } = 6;

    public double LearningRate { get; init; } = 0.1;

    /// <summary>Fewest rows a leaf may hold.</summary>
    public int MinLeafSamples { get; init; } = 20;

    /// <summary>L2 penalty on leaf values (XGBoost's lambda).</summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>Value bins per feature (at most 255).</summary>
    public int Bins { get; init; } = 64;

    /// <summary>Share of rows each round sees (stochastic gradient boosting), drawn with <see cref="Seed"/>.</summary>
    public double RowSampling { get; init; } = 0.8;

    public int Seed { get; init; } = 17;
}
