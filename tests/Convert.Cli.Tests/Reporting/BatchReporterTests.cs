using Convert.Cli.Conversion;
using Convert.Cli.Input;
using Convert.Cli.Reporting;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Reporting;

public sealed class BatchReporterTests
{
    private static ConversionResult Converted(int i) => ConversionResult.Converted(new InputSource($"in/{i}.txt", $"/in/{i}.txt", "/in"), []);

    [Fact]
    public void ALongBatchOnATerminalShowsProgressWithRateElapsedAndEtaAndClearsItBeforeTheSummary()
    {
        var error = new StringWriter();
        var clock = new FakeClock();
        var reporter = new BatchReporter(error, quiet: false, inputCount: 20, progress: true, clock);

        for (var i = 0; i < 20; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            reporter.Completed(i, Converted(i));
        }
        reporter.Summary([.. Enumerable.Range(0, 20).Select(Converted)]);

        var text = error.ToString();
        Assert.Contains("\r[1/20] 5%, 0:01 elapsed\r", text, StringComparison.Ordinal);
        Assert.Contains("\r[2/20] 10%, 4.0 files/s, 0:01 elapsed, ETA 0:05", text, StringComparison.Ordinal);
        Assert.Contains("\r[10/20] 50%, 4.0 files/s, 0:03 elapsed, ETA 0:03", text, StringComparison.Ordinal);
        var last = "[20/20] 100%, 4.0 files/s, 0:05 elapsed, ETA 0:00";
        Assert.EndsWith($"\r{last}\r{new string(' ', last.Length)}\r20 converted, 0 failed" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRateLeavesOutStartUpAndLooksAtTheLastSeconds()
    {
        var error = new StringWriter();
        var clock = new FakeClock();
        var reporter = new BatchReporter(error, quiet: false, inputCount: 100, progress: true, clock);

        clock.Advance(TimeSpan.FromSeconds(3)); // start-up and the first input
        reporter.Completed(0, Converted(0));
        for (var i = 1; i < 50; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            reporter.Completed(i, Converted(i));
        }
        for (var i = 50; i < 80; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500)); // slower files now: 2 a second
            reporter.Completed(i, Converted(i));
        }

        var text = error.ToString();
        Assert.Contains("\r[50/100] 50%, 10.0 files/s, 0:08 elapsed, ETA 0:05", text, StringComparison.Ordinal);
        Assert.EndsWith("\r[80/100] 80%, 2.0 files/s, 0:23 elapsed, ETA 0:10", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLineIsRedrawnAtMostTenTimesASecondButAlwaysAtTheEnd()
    {
        var error = new StringWriter();
        var clock = new FakeClock();
        var reporter = new BatchReporter(error, quiet: false, inputCount: 30, progress: true, clock);

        for (var i = 0; i < 30; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(10));
            reporter.Completed(i, Converted(i));
        }

        var text = error.ToString();
        Assert.Contains("\r[1/30] 3%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r[2/30]", text, StringComparison.Ordinal);
        Assert.Contains("\r[11/30]", text, StringComparison.Ordinal);
        Assert.Contains("\r[30/30] 100%", text, StringComparison.Ordinal);
        Assert.Equal(4, text.Split('\r').Length - 1);
    }

    [Fact]
    public void AnErrorLineIsNotWrittenOverTheProgressLine()
    {
        var error = new StringWriter();
        var reporter = new BatchReporter(error, quiet: false, inputCount: 20, progress: true, new FakeClock());

        reporter.Completed(0, Converted(0));
        reporter.Completed(1, ConversionResult.Failed(new InputSource("in/bad.txt", "/in/bad.txt", "/in"), "empty input"));

        var line = "[1/20] 5%, 0:00 elapsed";
        Assert.Contains($"\r{line}\r{new string(' ', line.Length)}\rdeclutter: error: in/bad.txt: empty input", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false, 20)]
    [InlineData(true, true, 20)]
    [InlineData(true, false, 19)]
    public void NoProgressLineWhenNotATerminalWhenQuietOrForAShortBatch(bool progress, bool quiet, int count)
    {
        var error = new StringWriter();
        var reporter = new BatchReporter(error, quiet, count, progress);

        for (var i = 0; i < count; i++)
            reporter.Completed(i, Converted(i));

        Assert.DoesNotContain("\r", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSummaryCountsSkippedInputsAndEmptyBodies()
    {
        var error = new StringWriter();
        var reporter = new BatchReporter(error, quiet: false, inputCount: 4);
        var input = new InputSource("in/x.txt", "/in/x.txt", "/in");

        reporter.Summary([
            ConversionResult.Converted(input, []),
            ConversionResult.Converted(input, [], emptyBody: true),
            ConversionResult.Skipped(input),
            ConversionResult.Failed(input, "empty input"),
        ]);

        Assert.Equal("2 converted (1 with an empty body), 1 skipped, 1 failed" + Environment.NewLine, error.ToString());
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(7.2, "0:08")]
    [InlineData(750, "12:30")]
    [InlineData(3723, "1:02:03")]
    public void DurationsReadLikeAClock(double seconds, string expected) =>
        Assert.Equal(expected, ProgressLine.Duration(TimeSpan.FromSeconds(seconds)));
}
