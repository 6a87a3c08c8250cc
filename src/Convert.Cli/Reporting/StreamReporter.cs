using Convert.Cli.Conversion;

namespace Convert.Cli.Reporting;

/// <summary>
/// Reports the items of a stream output as they are written (they come in input order): one line per error and
/// warning, counts for the summary and the exit code, and nothing else kept, however long the stream.
/// </summary>
/// <param name="emptyBodyFails">An empty body makes the exit code 1 (no --allow-empty); its warning is then shown even when quiet.</param>
internal sealed class StreamReporter(TextWriter error, bool quiet, bool emptyBodyFails)
{
    private long _converted;
    private long _empty;
    private long _skipped;
    private long _failed;
    private bool _crashed;

    public void Report(StreamItem item)
    {
        if (item.Error is { } reason)
        {
            _failed++;
            _crashed |= item.Crashed;
            error.WriteLine(Diagnostics.Error(item.Label, reason));
            return;
        }
        _converted++;
        if (item.EmptyBody)
        {
            _empty++;
            var hint = emptyBodyFails ? " (use --allow-empty to accept it)" : "";
            if (!quiet || emptyBodyFails)
                error.WriteLine(Diagnostics.Warning(item.Label, ConversionResult.EmptyBodyWarning + hint));
        }
        if (!quiet)
        {
            foreach (var warning in item.Warnings)
                error.WriteLine(Diagnostics.Warning(item.Label, warning));
        }
    }

    /// <summary>Counts inputs left alone because the output exists (--skip-existing, --update).</summary>
    public void Skipped(int count) => _skipped += count;

    public void Summary()
    {
        if (!quiet)
            error.WriteLine(BatchReporter.SummaryLine(_converted, _empty, _skipped, _failed));
        error.Flush();
    }

    public int ExitCode => _crashed ? ExitCodes.UsageOrFatal
        : _failed > 0 || (emptyBodyFails && _empty > 0) ? ExitCodes.SomeInputsFailed
        : ExitCodes.Success;
}
