using Convert.Cli.Conversion;
using Convert.Cli.Input;
using Convert.Cli.Reporting;

namespace Convert.Cli.Tests.Reporting;

public sealed class BatchReporterTests
{
    private static ConversionResult Converted(int i) => ConversionResult.Converted(new InputSource($"in/{i}.txt", $"/in/{i}.txt", "/in"), []);

    [Fact]
    public void ALongBatchOnATerminalShowsACounterAndClearsItBeforeTheSummary()
    {
        var error = new StringWriter();
        var reporter = new BatchReporter(error, quiet: false, inputCount: 20, progress: true);

        for (var i = 0; i < 20; i++)
            reporter.Completed(i, Converted(i));
        reporter.Summary([.. Enumerable.Range(0, 20).Select(Converted)]);

        var text = error.ToString();
        Assert.Contains("\r[1/20]", text, StringComparison.Ordinal);
        Assert.EndsWith("\r[20/20]\r       \r20 converted, 0 failed" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnErrorLineIsNotWrittenOverTheCounter()
    {
        var error = new StringWriter();
        var reporter = new BatchReporter(error, quiet: false, inputCount: 20, progress: true);

        reporter.Completed(0, Converted(0));
        reporter.Completed(1, ConversionResult.Failed(new InputSource("in/bad.txt", "/in/bad.txt", "/in"), "empty input"));

        Assert.Contains("\r[1/20]\r      \rdeclutter: error: in/bad.txt: empty input", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false, 20)]
    [InlineData(true, true, 20)]
    [InlineData(true, false, 19)]
    public void NoCounterWhenNotATerminalWhenQuietOrForAShortBatch(bool progress, bool quiet, int count)
    {
        var error = new StringWriter();
        var reporter = new BatchReporter(error, quiet, count, progress);

        for (var i = 0; i < count; i++)
            reporter.Completed(i, Converted(i));

        Assert.DoesNotContain("\r", error.ToString(), StringComparison.Ordinal);
    }
}
