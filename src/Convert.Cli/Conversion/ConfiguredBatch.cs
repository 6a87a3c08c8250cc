using Convert.Cli.Configuration;
using Convert.Cli.Output;

namespace Convert.Cli.Conversion;

/// <summary>
/// Runs a batch whose inputs may have different configurations (the nearest declutter.json above each): the inputs
/// are grouped by config, each group runs with its own job, and each result reaches the callback with its index in
/// the whole batch.
/// </summary>
internal static class ConfiguredBatch
{
    /// <param name="plans">The planned conversions, in input order.</param>
    /// <param name="configs">The config of each plan (same order).</param>
    /// <param name="createJob">Makes the job for one config's engine.</param>
    /// <param name="parallelism">Inputs converted at a time within a group.</param>
    /// <param name="onCompleted">Called with the plan's index in <paramref name="plans"/>.</param>
    public static async Task RunAsync(
        IReadOnlyList<PlannedConversion> plans,
        IReadOnlyList<LoadedConfig> configs,
        Func<ConversionEngine, ConversionJob> createJob,
        int parallelism,
        Action<int, ConversionResult> onCompleted,
        CancellationToken cancellationToken)
    {
        var groups = Enumerable.Range(0, plans.Count).GroupBy(i => configs[i], ReferenceEqualityComparer.Instance);
        foreach (var group in groups)
        {
            var indexes = group.ToList();
            var config = (LoadedConfig)group.Key!;
            await BatchRunner.RunAsync(indexes.Select(i => plans[i]).ToList(), createJob(config.Engine), parallelism,
                (i, result) => onCompleted(indexes[i], result), cancellationToken).ConfigureAwait(false);
        }
    }
}
