using Convert.Cli.Conversion;

namespace Convert.Cli.Reporting;

/// <summary>
/// Writes each input's errors and warnings to stderr in input order, whatever order the conversions finish in,
/// and the summary line at the end. With <paramref name="progress"/>, a "[done/total]" counter is kept on the
/// last line of the terminal meanwhile. Thread-safe.
/// </summary>
internal sealed class BatchReporter(TextWriter error, bool quiet, int inputCount, bool progress = false)
{
    /// <summary>Batches shorter than this finish too fast for a progress counter to help.</summary>
    public const int ProgressMinInputs = 20;

    private readonly ConversionResult?[] _pending = new ConversionResult?[inputCount];
    private readonly Lock _lock = new();
    private readonly bool _progress = progress && !quiet && inputCount >= ProgressMinInputs;
    private int _nextToReport;
    private int _done;
    private int _progressWidth;

    public void Completed(int index, ConversionResult result)
    {
        lock (_lock)
        {
            _pending[index] = result;
            _done++;
            while (_nextToReport < _pending.Length && _pending[_nextToReport] is { } next)
            {
                Report(next);
                _pending[_nextToReport++] = null;
            }
            if (_progress)
            {
                var counter = $"[{_done}/{_pending.Length}]";
                error.Write("\r" + counter);
                _progressWidth = counter.Length;
            }
            error.Flush();
        }
    }

    private void ClearProgress()
    {
        if (_progressWidth > 0)
        {
            error.Write("\r" + new string(' ', _progressWidth) + "\r");
            _progressWidth = 0;
        }
    }

    /// <summary>Writes "N converted, M failed" unless quiet.</summary>
    public void Summary(IReadOnlyList<ConversionResult> results)
    {
        ClearProgress();
        if (quiet)
            return;
        var converted = results.Count(r => r.Outcome == ConversionOutcome.Converted);
        error.WriteLine($"{converted} converted, {results.Count - converted} failed");
        error.Flush();
    }

    private void Report(ConversionResult result)
    {
        if (result.Reason is not null || (!quiet && result.Warnings.Count > 0))
            ClearProgress();
        if (result.Reason is { } reason)
            error.WriteLine(Diagnostics.Error(result.Input.DisplayPath, reason));
        if (quiet)
            return;
        foreach (var warning in result.Warnings)
            error.WriteLine(Diagnostics.Warning(result.Input.DisplayPath, warning));
    }
}
