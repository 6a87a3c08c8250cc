using Convert.Cli.Output;

namespace Convert.Cli.Conversion;

/// <summary>
/// Runs the planned conversions, up to N at a time, and hands each result to a callback with its input index. No
/// result is kept here: the callback reports it and counts it, so a batch of any size holds only those in flight.
/// </summary>
internal static class BatchRunner
{
    public static Task RunAsync(
        IReadOnlyList<PlannedConversion> plans,
        ConversionJob job,
        int parallelism,
        Action<int, ConversionResult> onCompleted,
        CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(Enumerable.Range(0, plans.Count), options, (index, _) =>
        {
            onCompleted(index, job.Run(plans[index]));
            return ValueTask.CompletedTask;
        });
    }
}
