using System.Text;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>
/// A careless command line or a broken process environment gets a one-line error and an exit code, never a stack
/// overflow, an unbounded read, a hang or an abort: response files, a closed stdin or stderr, control characters in
/// file names.
/// </summary>
public sealed class HostileInvocationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ResponseFileThatIncludesItselfIsAUsageError()
    {
        var rsp = _folder.Write("rsp.txt", "convert\n@rsp.txt\n");

        var result = await CliRunner.RunAsync(_folder.Root, ["@" + rsp]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: @rsp.txt: the response file includes itself"], result.StderrLines);
    }

    [Fact]
    public async Task ResponseFilesIncludingEachOtherAreAUsageError()
    {
        _folder.Write("a.rsp", "@b.rsp\n");
        _folder.Write("b.rsp", "@a.rsp\n");

        var result = await CliRunner.RunAsync(_folder.Root, ["@a.rsp"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("includes itself", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinaryResponseFileIsRefusedAtTheFirstChunk()
    {
        File.WriteAllBytes(_folder.PathOf("zero.rsp"), new byte[1024]);

        var result = await CliRunner.RunAsync(_folder.Root, ["@zero.rsp"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: @zero.rsp: the response file is not text"], result.StderrLines);
    }

    [Fact]
    public async Task EndlessResponseFileIsRefused()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");

        var result = await CliRunner.RunAsync(_folder.Root, ["@/dev/zero"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not text", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingResponseFileIsNamed()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["@nowhere.rsp"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: @nowhere.rsp: response file not found"], result.StderrLines);
    }

    [Fact]
    public async Task ArgumentsAfterTheSeparatorAreNotExpanded()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "--", "@not-a-response-file.txt"]);

        Assert.DoesNotContain("response file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosedStdinIsAnErrorNotAHang()
    {
        var (exit, stderr) = await RunWith(ClosedStandardInput.Stream, new StringWriter(), ["convert", "-", "-t", "txt"]);

        Assert.Equal(1, exit);
        Assert.Equal("declutter: error: <stdin>: stdin is closed\n", stderr.ToString());
    }

    [Fact]
    public async Task ClosedStderrNeverAbortsAFailingRun()
    {
        _folder.Write("bad.txt", FakeServices.BadMarker);

        var (exit, _) = await RunWith(new MemoryStream(), new BestEffortTextWriter(new ClosedWriter()), ["convert", "bad.txt", "-t", "txt"]);

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task ControlCharacterInAFileNameKeepsTheJunitReport()
    {
        OutputSafetyNames.SkipOnWindows();
        _folder.Write("bad\u001b[2Jname.txt", "Title\nBody");

        var result = await CliRunner.RunAsync(_folder.Root, ["validate", ".", "-f", "junit"]);

        Assert.NotEqual(2, result.ExitCode);
        var report = System.Xml.Linq.XDocument.Parse(result.Stdout);
        Assert.Contains(report.Descendants("testcase"), c => (string?)c.Attribute("name") == "./bad\\u001b[2Jname.txt");
    }

    private async Task<(int Exit, TextWriter Stderr)> RunWith(Stream stdin, TextWriter stderr, string[] args)
    {
        using var stdout = new MemoryStream();
        using var outWriter = new StreamWriter(stdout, new UTF8Encoding(false), leaveOpen: true);
        var env = new CliEnvironment
        {
            Out = outWriter,
            Error = stderr,
            StandardOutput = stdout,
            StandardInput = stdin,
            CurrentDirectory = _folder.Root,
            IsStdoutTerminal = false,
            Services = FakeServices.Create(),
        };
        var exit = await CliApp.RunAsync(args, env, TestContext.Current.CancellationToken);
        return (exit, stderr);
    }

    /// <summary>A stderr whose reader went away: every write fails.</summary>
    private sealed class ClosedWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("Bad file descriptor");

        public override void Write(string? value) => throw new IOException("Bad file descriptor");

        public override void WriteLine(string? value) => throw new IOException("Bad file descriptor");

        public override void Flush() => throw new IOException("Bad file descriptor");
    }

    private static class OutputSafetyNames
    {
        public static void SkipOnWindows() => Assert.SkipWhen(OperatingSystem.IsWindows(), "control characters are not allowed in Windows file names");
    }
}
