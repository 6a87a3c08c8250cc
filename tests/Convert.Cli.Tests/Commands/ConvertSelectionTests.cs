using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>--include/--exclude on convert (validate's glob rules) and the empty-body warning.</summary>
public sealed class ConvertSelectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ExcludeSkipsWalkedFilesLikeValidateDoes()
    {
        _folder.Write("site/page-1/source.html", "<p>One</p>\n<p>body</p>");
        _folder.Write("site/page-1/expected.html", "<p>Expected</p>\n<p>body</p>");
        _folder.Write("site/page-2/source.html", "<p>Two</p>\n<p>body</p>");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "site", "--output-dir", "out", "--exclude", "**/expected.html"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["2 converted, 0 failed"], result.StderrLines);
        Assert.Equal(["out/page-1/source.json", "out/page-2/source.json"], _folder.AllFiles().Where(f => f.StartsWith("out/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task IncludeKeepsOnlyMatchingFilesAndGlobsMayBeRelativeToTheCurrentFolder()
    {
        _folder.Write("in/news/a.txt", "A\nbody");
        _folder.Write("in/blog/b.txt", "B\nbody");
        _folder.Write("in/blog/c.html", "<p>C</p>\n<p>body</p>");

        var result = await CliRunner.RunAsync(_folder.Root,
            ["convert", "in", "--output-dir", "out", "--include", "in/blog/**", "--exclude", "*.html", "--exclude", "**/*.html"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["out/blog/b.json"], _folder.AllFiles().Where(f => f.StartsWith("out/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GlobsDoNotFilterFilesNamedOnTheCommandLine()
    {
        _folder.Write("in/a.txt", "A\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in/a.txt", "--exclude", "**/*.txt", "--to", "txt"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("txt|A|", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderWithNothingLeftAfterTheGlobsIsAUsageError()
    {
        _folder.Write("in/a.txt", "A\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "--include", "*.html"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: in: no .txt, .text, .html, .htm, .xhtml, .shtml files matching --include/--exclude found in this directory"], result.StderrLines);
    }

    [Fact]
    public async Task AnEmptyBodyIsAWarningAndExitCodeOne()
    {
        _folder.Write("in/a.txt", "A\nbody");
        _folder.Write("in/b.txt", "Only a title");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            "declutter: warning: " + Path.Join("in", "b.txt") + ": the article has an empty body after cleaning (use --allow-empty to accept it)",
            "2 converted (1 with an empty body), 0 failed",
        ], result.StderrLines);
        Assert.True(_folder.Exists("out/b.json"));
    }

    [Fact]
    public async Task QuietStillSaysWhyAnEmptyBodyFailsTheRun()
    {
        _folder.Write("in/a.txt", "A\nbody\nWARN");
        _folder.Write("in/b.txt", "Only a title");

        var failing = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-q"]);
        var allowed = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out2", "-q", "--allow-empty"]);

        Assert.Equal(1, failing.ExitCode);
        Assert.Equal(["declutter: warning: " + Path.Join("in", "b.txt") + ": the article has an empty body after cleaning (use --allow-empty to accept it)"], failing.StderrLines);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal("", allowed.Stderr);
    }

    [Fact]
    public async Task AllowEmptyKeepsTheWarningButExitsZero()
    {
        _folder.Write("in/b.txt", "Only a title");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in/b.txt", "--to", "txt", "--allow-empty"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["declutter: warning: in/b.txt: the article has an empty body after cleaning"], result.StderrLines);
        Assert.StartsWith("txt|Only a title|", result.Stdout, StringComparison.Ordinal);
    }
}
