using Convert.Cli.Conversion;

namespace Convert.Cli.Reporting;

/// <summary>
/// Writes each input's errors and warnings to stderr in input order, whatever order the conversions finish in,
/// and the summary line at the end. With <paramref name="progress"/>, a progress line (count, percentage, rate,
/// elapsed time and ETA) is kept on the last line of the terminal meanwhile, redrawn at most ten times a second.
/// The rate is measured over the last few seconds from the first finished input on, so start-up time and a slow
/// stretch long past do not skew the ETA.
/// Thread-safe.
/// </summary>
/// <param name="emptyBodyFails">An empty body makes the exit code 1 (no --allow-empty): its warning is then shown even
/// when quiet, so a failing run always says why.</param>
internal sealed class BatchReporter(
    TextWriter error, bool quiet, int inputCount, bool progress = false, TimeProvider? clock = null, bool emptyBodyFails = false)
{
    /// <summary>Batches shorter than this finish too fast for a progress line to help.</summary>
    public const int ProgressMinInputs = 20;

    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MinRateSpan = TimeSpan.FromMilliseconds(200);

    private readonly ConversionResult?[] _pending = new ConversionResult?[inputCount];
    private readonly Lock _lock = new();
    private readonly bool _progress = progress && !quiet && inputCount >= ProgressMinInputs;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly long _started = (clock ?? TimeProvider.System).GetTimestamp();
    private readonly Queue<(TimeSpan At, int Done)> _samples = new();
    private TimeSpan? _lastDrawn;
    private int _nextToReport;
    private int _done;
    private int _progressWidth;
    private int _converted;
    private int _empty;
    private int _skipped;
    private int _failed;

    /// <summary>True when some input crashed the conversion (a bug): the run exits 2.</summary>
    public bool AnyCrashed { get; private set; }

    /// <summary>True when some input failed, or (without --allow-empty) has an empty body: the run exits 1.</summary>
    public bool AnyFailed => _failed > 0 || (emptyBodyFails && _empty > 0);

    public void Completed(int index, ConversionResult result)
    {
        lock (_lock)
        {
            Count(result);
            _pending[index] = result;
            _done++;
            while (_nextToReport < _pending.Length && _pending[_nextToReport] is { } next)
            {
                Report(next);
                _pending[_nextToReport++] = null;
            }
            if (_progress)
                DrawProgress();
            error.Flush();
        }
    }

    private void DrawProgress()
    {
        var elapsed = _clock.GetElapsedTime(_started);
        var last = _done == _pending.Length;
        if (!last && _progressWidth > 0 && _lastDrawn is { } drawn && elapsed - drawn < RedrawInterval)
            return;
        _samples.Enqueue((elapsed, _done));
        while (_samples.Count > 2 && elapsed - _samples.Peek().At > RateWindow)
            _samples.Dequeue();
        var (since, doneThen) = _samples.Peek();
        double? rate = elapsed - since >= MinRateSpan ? (_done - doneThen) / (elapsed - since).TotalSeconds : null;
        var line = ProgressLine.Format(_done, _pending.Length, elapsed, rate);
        // Pads over the end of a longer previous line instead of clearing first, so the line does not flicker.
        error.Write("\r" + line.PadRight(_progressWidth));
        _progressWidth = line.Length;
        _lastDrawn = elapsed;
    }

    private void ClearProgress()
    {
        if (_progressWidth > 0)
        {
            error.Write("\r" + new string(' ', _progressWidth) + "\r");
            _progressWidth = 0;
        }
    }

    private void Count(ConversionResult result)
    {
        _converted += result.Outcome == ConversionOutcome.Converted ? 1 : 0;
        _empty += result.EmptyBody ? 1 : 0;
        _skipped += result.Outcome == ConversionOutcome.Skipped ? 1 : 0;
        _failed += result.Outcome is ConversionOutcome.Failed or ConversionOutcome.Crashed ? 1 : 0;
        AnyCrashed |= result.Outcome == ConversionOutcome.Crashed;
    }

    /// <summary>The summary of the results reported through <see cref="Completed"/>, which are not kept.</summary>
    public void Summary()
    {
        ClearProgress();
        if (!quiet)
            error.WriteLine(SummaryLine(_converted, _empty, _skipped, _failed));
        error.Flush();
    }

    /// <summary>Writes "N converted, M failed" (with skipped inputs and empty bodies when there are some) unless quiet.</summary>
    public void Summary(IReadOnlyList<ConversionResult> results)
    {
        ClearProgress();
        if (quiet)
            return;
        var converted = results.Count(r => r.Outcome == ConversionOutcome.Converted);
        var empty = results.Count(r => r.EmptyBody);
        var skipped = results.Count(r => r.Outcome == ConversionOutcome.Skipped);
        var failed = results.Count(r => r.Outcome is ConversionOutcome.Failed or ConversionOutcome.Crashed);
        error.WriteLine(SummaryLine(converted, empty, skipped, failed));
        error.Flush();
    }

    /// <summary>"N converted (E with an empty body), S skipped, M failed", leaving out the parts that are zero.</summary>
    public static string SummaryLine(long converted, long empty, long skipped, long failed) =>
        $"{converted} converted" + (empty > 0 ? $" ({empty} with an empty body)" : "")
        + (skipped > 0 ? $", {skipped} skipped" : "") + $", {failed} failed";

    private void Report(ConversionResult result)
    {
        var warnings = quiet
            ? result.Warnings.Where(w => emptyBodyFails && result.EmptyBody && w == ConversionResult.EmptyBodyWarning).ToList()
            : result.Warnings;
        if (result.Reason is not null || warnings.Count > 0)
            ClearProgress();
        if (result.Reason is { } reason)
            error.WriteLine(Diagnostics.Error(result.Input.DisplayPath, reason));
        foreach (var warning in warnings)
        {
            var hint = emptyBodyFails && warning == ConversionResult.EmptyBodyWarning ? " (use --allow-empty to accept it)" : "";
            error.WriteLine(Diagnostics.Warning(result.Input.DisplayPath, warning + hint));
        }
    }
}
