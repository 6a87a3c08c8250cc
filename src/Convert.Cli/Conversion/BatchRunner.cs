using Convert.Cli.Output;

namespace Convert.Cli.Conversion;

/// <summary>
/// Runs the planned conversions, up to N at a time, and hands each result to a callback with its input index. Nothing
/// is kept per input here: the plans are taken one at a time as a conversion slot frees up, and the callback reports
/// and counts each result, so a batch of any size holds only those in flight.
/// </summary>
internal static class BatchRunner
{
    /// <param name="plans">The planned conversions in input order; enumerated once, in order, one item at a time.</param>
    /// <param name="jobFor">The job for a plan (the input's configuration picks it); called in input order too.</param>
    /// <param name="parallelism">Inputs converted at a time.</param>
    /// <param name="onCompleted">Called with each plan's index in <paramref name="plans"/>.</param>
    /// <param name="cancellationToken">Stops taking new inputs.</param>
    public static Task RunAsync(
        IEnumerable<PlannedConversion> plans,
        Func<PlannedConversion, ConversionJob> jobFor,
        int parallelism,
        Action<int, ConversionResult> onCompleted,
        CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        // Parallel.ForEachAsync moves through a plain enumerable under a lock, one item per free worker: the lazy
        // planning behind it runs in input order, which decides which of two inputs claims a shared output.
        var numbered = plans.Select((plan, index) => (Plan: plan, Index: index, Job: jobFor(plan)));
        return Parallel.ForEachAsync(numbered, options, (item, _) =>
        {
            onCompleted(item.Index, item.Job.Run(item.Plan));
            return ValueTask.CompletedTask;
        });
    }
}
