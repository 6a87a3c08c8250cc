using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Output;

/// <summary>
/// No output ever replaces an input, however the output path reaches it (a linked folder anywhere on the path,
/// /proc links), and no output replaces a special file (pipe, device) even with --force.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Article = "Title\nThe body of the article.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task OutputThroughALinkedFolderNeverReplacesTheInput()
    {
        SkipOnWindows();
        _folder.Write("in/a.txt", Article);
        Directory.CreateSymbolicLink(_folder.PathOf("alias"), "in");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in/a.txt", "-o", "alias/a.txt", "-t", "txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"refusing to write over input file in/a.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Article, _folder.Read("in/a.txt"));
    }

    [Fact]
    public async Task OutputDirThroughALinkNeverReplacesInputs()
    {
        SkipOnWindows();
        _folder.Write("in/a.txt", Article);
        _folder.Write("in/sub/b.txt", Article);
        Directory.CreateSymbolicLink(_folder.PathOf("alias"), "in");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "alias", "-t", "txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Article, _folder.Read("in/a.txt"));
        Assert.Equal(Article, _folder.Read("in/sub/b.txt"));
    }

    [Fact]
    public async Task LinkInTheMiddleOfTheOutputPathIsResolved()
    {
        SkipOnWindows();
        _folder.Write("data/in/a.txt", Article);
        Directory.CreateSymbolicLink(_folder.PathOf("d"), "data");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "data/in/a.txt", "-o", "d/in/../in/./a.txt", "-t", "txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Article, _folder.Read("data/in/a.txt"));
    }

    [Fact]
    public async Task ProcLinkOnThePathNeverReplacesTheInput()
    {
        Assert.SkipUnless(Directory.Exists("/proc/self/root"), "needs /proc");
        var input = _folder.Write("in/a.txt", Article);
        // /proc/self/root is a link to "/", like /proc/self/cwd to the current folder.
        var viaProc = "/proc/self/root" + input;

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in/a.txt", "-o", viaProc, "-t", "txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Article, _folder.Read("in/a.txt"));
    }

    [Fact]
    public async Task PipeIsRefusedEvenWithForceAndNotReplaced()
    {
        SkipOnWindows();
        _folder.Write("a.txt", Article);
        var fifo = _folder.PathOf("pipe.txt");
        MakeFifo(fifo);

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "pipe.txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pipe.txt is not a regular file", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("--force", result.Stderr, StringComparison.Ordinal);
        Assert.True(IsFifo(fifo));
    }

    [Fact]
    public async Task DeviceIsRefusedWithoutRecommendingForce()
    {
        Assert.SkipUnless(File.Exists("/dev/null"), "needs /dev/null");
        _folder.Write("a.txt", Article);

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "/dev/null", "-t", "txt"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/dev/null is not a regular file", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("--force", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkToAProcFileDescriptorIsRefused()
    {
        Assert.SkipUnless(Directory.Exists("/proc/self/fd"), "needs /proc");
        _folder.Write("a.txt", Article);
        File.CreateSymbolicLink(_folder.PathOf("out.txt"), "/proc/self/fd/1");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "out.txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.NotNull(new FileInfo(_folder.PathOf("out.txt")).LinkTarget);
    }

    [Fact]
    public async Task LinkToARegularFileIsStillReplacedWithForce()
    {
        SkipOnWindows();
        _folder.Write("a.txt", Article);
        _folder.Write("old.txt", "old");
        File.CreateSymbolicLink(_folder.PathOf("out.txt"), "old.txt");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "out.txt", "--force"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("old", _folder.Read("old.txt"));
    }

    internal static void SkipOnWindows() => Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links and special files are POSIX here");

    internal static void MakeFifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    internal static bool IsFifo(string path) => FileKindOf(path) == "fifo";

    private static string FileKindOf(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var kind = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return kind;
    }
}
