using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Validate;

public sealed class ValidateExitCodeTests : IDisposable
{
    private readonly ValidateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ACleanArticleExitsZeroWithASummaryOnStderr()
    {
        var result = await _folder.WithText("clean.txt", ValidateFolder.CleanArticle).Run("clean.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(["1 file checked: 0 errors, 0 warnings, 0 info"], result.StderrLines);
    }

    [Fact]
    public async Task AnErrorExitsOne()
    {
        var result = await _folder.WithFixture("bad-outputs/leftover-share.json", "leftover.json").Run("leftover.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("leftover-clutter", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["1 file checked: 1 error, 0 warnings, 0 info"], result.StderrLines);
    }

    [Fact]
    public async Task WarningsAloneExitZero()
    {
        var result = await _folder.WithText("cut.txt", ValidateFolder.TruncatedArticle).Run("cut.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("truncated", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("1", 0)]
    [InlineData("-1", 0)]
    public async Task MaxWarningsTurnsTooManyWarningsIntoAFailure(string max, int exitCode)
    {
        var result = await _folder.WithText("cut.txt", ValidateFolder.TruncatedArticle).Run("cut.txt", "--max-warnings", max);

        Assert.Equal(exitCode, result.ExitCode);
        if (exitCode == 1)
            Assert.Contains("declutter: error: 1 warnings, more than --max-warnings 0", result.StderrLines);
    }

    [Fact]
    public async Task QuietDropsTheSummaryButNotTheWarnings()
    {
        _folder.WithText("cut.txt", ValidateFolder.TruncatedArticle).WithFixture("bad-outputs/leftover-share.json", "leftover.json");

        var result = await _folder.Run("cut.txt", "leftover.json", "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("truncated", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("leftover-clutter", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task MinSeverityErrorReportsAndCountsErrorsOnly()
    {
        _folder.WithText("cut.txt", ValidateFolder.TruncatedArticle).WithFixture("bad-outputs/leftover-share.json", "leftover.json");

        var result = await _folder.Run("cut.txt", "leftover.json", "--min-severity", "error", "--max-warnings", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("truncated", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("leftover-clutter", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["2 files checked: 1 error, 0 warnings, 0 info"], result.StderrLines);
    }

    [Theory]
    [InlineData("missing.txt", "declutter: error: missing.txt: no such file or directory")]
    [InlineData("notes.md", "declutter: error: notes.md: validate checks .txt, .text, .html, .htm, .xhtml, .shtml, .json, .docx files")]
    public async Task InputsThatCannotBeCheckedExitTwo(string input, string message)
    {
        _folder.WithText("notes.md", "# notes");

        var result = await _folder.Run(input);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([message], result.StderrLines);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task AnUnknownFormatIsAUsageError()
    {
        var result = await _folder.WithText("clean.txt", ValidateFolder.CleanArticle).Run("clean.txt", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500", 1)]
    [InlineData("10", 0)]
    [InlineData("-1", 2)]
    public async Task MinWordsSetsTheShortBodyThreshold(string minWords, int exitCode)
    {
        var result = await _folder.WithText("clean.txt", ValidateFolder.CleanArticle).Run("clean.txt", "--min-words", minWords);

        Assert.Equal(exitCode, result.ExitCode);
        if (exitCode == 1)
            Assert.Contains("fewer than 500", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportPathThatIsAFolderIsAUsageError()
    {
        var result = await _folder.WithText("clean.txt", ValidateFolder.CleanArticle).WithText("reports/keep.txt", "").Run("clean.txt", "-o", "reports");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: reports: is a directory"], result.StderrLines);
    }

    [Fact]
    public async Task NoInputIsAUsageError() => Assert.Equal(2, (await _folder.Run()).ExitCode);

    [Fact]
    public async Task EverythingExcludedIsAUsageError()
    {
        var result = await _folder.WithText("a/clean.txt", ValidateFolder.CleanArticle).Run("a", "--exclude", "**/*.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: no files to check (after --include/--exclude)"], result.StderrLines);
    }

    [Fact]
    public async Task AnEmptyInputIsAFindingNotAUsageError()
    {
        var result = await _folder.WithText("empty.txt", "").Run("empty.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unreadable", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACrashOnOneFileExitsTwoAfterCheckingTheOthers()
    {
        _folder.WithText("a.txt", "Title\n\n" + FakeServices.CrashMarker).WithText("b.txt", ValidateFolder.CleanArticle);

        var result = await CliRunner.RunAsync(_folder.Root, ["validate", "a.txt", "b.txt"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
        [
            "declutter: error: a.txt: internal error: InvalidOperationException: the fake converter crashed",
            "1 file checked: 0 errors, 0 warnings, 0 info, 1 file not checked",
        ], result.StderrLines);
    }

    [Fact]
    public async Task HelpListsTheExitCodes()
    {
        var result = await _folder.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("validate: 0 no errors and warnings within --max-warnings, 1 errors or too many warnings", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--max-warnings", result.Stdout, StringComparison.Ordinal);
    }
}
