using Convert.Cli.Conversion;

namespace Convert.Cli.Reporting;

/// <summary>
/// Writes each input's errors and warnings to stderr in input order, whatever order the conversions finish in,
/// and the summary line at the end. Thread-safe.
/// </summary>
internal sealed class BatchReporter(TextWriter error, bool quiet, int inputCount)
{
    private readonly ConversionResult?[] _pending = new ConversionResult?[inputCount];
    private readonly Lock _lock = new();
    private int _nextToReport;

    public void Completed(int index, ConversionResult result)
    {
        lock (_lock)
        {
            _pending[index] = result;
            while (_nextToReport < _pending.Length && _pending[_nextToReport] is { } next)
            {
                Report(next);
                _pending[_nextToReport++] = null;
            }
            error.Flush();
        }
    }

    /// <summary>Writes "N converted, M failed" unless quiet.</summary>
    public void Summary(IReadOnlyList<ConversionResult> results)
    {
        if (quiet)
            return;
        var converted = results.Count(r => r.Outcome == ConversionOutcome.Converted);
        error.WriteLine($"{converted} converted, {results.Count - converted} failed");
        error.Flush();
    }

    private void Report(ConversionResult result)
    {
        if (result.Reason is { } reason)
            error.WriteLine(Diagnostics.Error(result.Input.DisplayPath, reason));
        if (quiet)
            return;
        foreach (var warning in result.Warnings)
            error.WriteLine(Diagnostics.Warning(result.Input.DisplayPath, warning));
    }
}
