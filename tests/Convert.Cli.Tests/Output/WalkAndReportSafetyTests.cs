using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Output;

/// <summary>
/// A validate report never replaces a file it checks, and walks never loop through linked folders nor re-read an
/// output folder reached through a link.
/// </summary>
public sealed class WalkAndReportSafetyTests : IDisposable
{
    private const string Article = "Title\nThe body of the article.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReportNamedLikeTheInputIsRefusedAndTheInputKept()
    {
        _folder.Write("article.txt", Article);

        var result = await CliRunner.RunAsync(_folder.Root, ["validate", "article.txt", "-o", "article.txt"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("article.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("would replace a file being checked", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Article, _folder.Read("article.txt"));
    }

    [Fact]
    public async Task ReportOverAWalkedFileIsRefusedAndTheFileKept()
    {
        _folder.Write("dir/a.txt", Article);
        _folder.Write("dir/x.txt", Article);

        var result = await CliRunner.RunAsync(_folder.Root, ["validate", "dir", "-o", "dir/x.txt"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Article, _folder.Read("dir/x.txt"));
    }

    [Fact]
    public async Task ExcludedReportInTheWalkedFolderIsReplaced()
    {
        _folder.Write("dir/a.txt", Article);
        _folder.Write("dir/report.txt", "old report");

        var result = await CliRunner.RunAsync(_folder.Root, ["validate", "dir", "--exclude", "report.txt", "-o", "dir/report.txt"]);

        Assert.NotEqual(2, result.ExitCode);
        Assert.NotEqual("old report", _folder.Read("dir/report.txt"));
    }

    [Fact]
    public async Task ReportIntoAPipeIsRefused()
    {
        OutputSafetyTests.SkipOnWindows();
        _folder.Write("a.txt", Article);
        OutputSafetyTests.MakeFifo(_folder.PathOf("report.txt"));

        var result = await CliRunner.RunAsync(_folder.Root, ["validate", "a.txt", "-o", "report.txt"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a regular file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParentLinkLoopIsWalkedOnce()
    {
        OutputSafetyTests.SkipOnWindows();
        _folder.Write("in/a.txt", Article);
        Directory.CreateSymbolicLink(_folder.PathOf("in/loop"), "..");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-t", "md"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["out/a.md"], _folder.AllFiles().Where(f => f.StartsWith("out/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SelfLinkLoopIsWalkedOnceByValidate()
    {
        OutputSafetyTests.SkipOnWindows();
        _folder.Write("in/a.txt", Article);
        Directory.CreateSymbolicLink(_folder.PathOf("in/self"), ".");

        var result = await CliRunner.RunAsync(_folder.Root, ["validate", "in", "-f", "json"]);

        Assert.NotEqual(2, result.ExitCode);
        Assert.Single(System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files").EnumerateArray());
    }

    [Fact]
    public async Task OutputFolderReachedThroughALinkInTheInputTreeIsNotReRead()
    {
        OutputSafetyTests.SkipOnWindows();
        _folder.Write("in/a.txt", Article);
        Directory.CreateDirectory(_folder.PathOf("out"));
        Directory.CreateSymbolicLink(_folder.PathOf("in/published"), "../out");

        var first = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-t", "txt"]);
        var second = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-t", "txt", "--force"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(["1 converted, 0 failed"], second.StderrLines);
        Assert.False(Directory.Exists(_folder.PathOf("out/published")));
    }

    [Fact]
    public async Task LinkedFolderOutsideTheTreeIsStillWalked()
    {
        OutputSafetyTests.SkipOnWindows();
        _folder.Write("in/a.txt", Article);
        _folder.Write("elsewhere/b.txt", Article);
        Directory.CreateSymbolicLink(_folder.PathOf("in/more"), "../elsewhere");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-t", "md"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["out/a.md", "out/more/b.md"], _folder.AllFiles().Where(f => f.StartsWith("out/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task NamedPipeInAWalkedFolderIsSkippedNotReadForever()
    {
        OutputSafetyTests.SkipOnWindows();
        _folder.Write("in/a.txt", Article);
        OutputSafetyTests.MakeFifo(_folder.PathOf("in/pipe.txt"));

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-t", "md"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 converted, 0 failed"], result.StderrLines);
    }
}
