using Convert.Cli.Output;

namespace Convert.Cli.Conversion;

/// <summary>Runs the planned conversions, up to N at a time, and hands each result to a callback with its input index.</summary>
internal static class BatchRunner
{
    public static async Task<IReadOnlyList<ConversionResult>> RunAsync(
        IReadOnlyList<PlannedConversion> plans,
        ConversionJob job,
        int parallelism,
        Action<int, ConversionResult> onCompleted,
        CancellationToken cancellationToken)
    {
        var results = new ConversionResult[plans.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, plans.Count), options, (index, _) =>
        {
            results[index] = job.Run(plans[index]);
            onCompleted(index, results[index]);
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        return results;
    }
}
