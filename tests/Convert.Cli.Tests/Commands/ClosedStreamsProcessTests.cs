using System.Diagnostics;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>
/// The real process, started by a shell with stdin or stderr closed (<c>&lt;&amp;-</c>, <c>2&gt;&amp;-</c>): the
/// in-process tests pass their own streams, these check how the program wires the process's own descriptors.
/// </summary>
public sealed class ClosedStreamsProcessTests : IDisposable
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ConvertFromAClosedStdinFailsAtOnce()
    {
        var (exit, stderr) = await Run("convert - -t txt <&-");

        Assert.Equal(1, exit);
        Assert.Contains("<stdin>: stdin is closed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFromAClosedStdinFailsAtOnce()
    {
        var (exit, stderr) = await Run("validate - <&-");

        Assert.Equal(2, exit);
        Assert.Contains("stdin is closed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingConversionWithStderrClosedExitsNormally()
    {
        File.WriteAllBytes(_folder.PathOf("bin.txt"), [(byte)'B', 0, 0, 0, 0, 0]);

        var (exit, _) = await Run("convert bin.txt -t txt 2>&-");

        Assert.Equal(1, exit);
    }

    private async Task<(int Exit, string Stderr)> Run(string arguments)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/bin/sh"), "needs a POSIX shell and /proc");
        var dll = Path.Combine(AppContext.BaseDirectory, "declutter.dll");
        Assert.SkipUnless(File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), "needs the CLI's runtime config beside the tests");
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet \"$0\" {arguments}", dll])
        {
            WorkingDirectory = _folder.Root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(HangLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"declutter {arguments} did not end within {HangLimit.TotalMinutes} minutes");
        }
        return (process.ExitCode, await stderr);
    }
}
