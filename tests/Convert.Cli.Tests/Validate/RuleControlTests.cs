using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Validate;

/// <summary>--select/--ignore, per-path overrides, baselines, --exit-zero, --statistics.</summary>
public sealed class RuleControlTests : IDisposable
{
    private readonly ValidateFolder _folder = new ValidateFolder()
        .WithText("new/cut.txt", ValidateFolder.TruncatedArticle + "\nShare this:\n")
        .WithFixture("bad-outputs/leftover-share.json", "new/leftover.json");

    public RuleControlTests() => Directory.CreateDirectory(Path.Combine(_folder.Root, ".git"));

    public void Dispose() => _folder.Dispose();

    private static string[] Lines(CliResult result) =>
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("--select", "truncated,leftover-clutter", new[] { "truncated", "leftover-clutter" })]
    [InlineData("--ignore", "leftover-clutter", new[] { "truncated", "clutter-removed" })]
    public async Task SelectAndIgnoreChooseTheRules(string option, string ids, string[] expected)
    {
        var result = await _folder.Run("new", "-f", "concise", option, ids);

        Assert.Equal(expected.Order(), Lines(result).Select(l => l.Split(' ')[2]).Order());
    }

    [Fact]
    public async Task SelectAndIgnoreRepeatAndCombine()
    {
        var result = await _folder.Run("new", "-f", "concise", "--select", "truncated", "--select", "leftover-clutter", "--ignore", "leftover-clutter");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["truncated"], Lines(result).Select(l => l.Split(' ')[2]));
    }

    [Fact]
    public async Task AnUnknownRuleIdIsAUsageErrorWithASuggestion()
    {
        var result = await _folder.Run("new", "--ignore", "truncted");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: --ignore: unknown rule id \"truncted\"; did you mean \"truncated\"? (declutter rules lists them)"], result.StderrLines);
    }

    [Fact]
    public async Task AnOverrideChangesSeveritiesForMatchingFilesOnly()
    {
        _folder.WithText("legacy/cut.txt", ValidateFolder.TruncatedArticle)
            .WithText("declutter.json", """
                {
                  "rules": { "truncated": "error" },
                  "overrides": [ { "files": ["legacy/**"], "rules": { "truncated": "info" } } ]
                }
                """);

        var result = await _folder.Run("new/cut.txt", "legacy/cut.txt", "-f", "concise");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Lines(result), l => l.StartsWith("new/cut.txt:7:", StringComparison.Ordinal) && l.Contains(" error truncated ", StringComparison.Ordinal));
        Assert.Contains(Lines(result), l => l.StartsWith("legacy/cut.txt:7:", StringComparison.Ordinal) && l.Contains(" info truncated ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABaselineLeavesOutKnownFindingsEvenAfterEditsAbove()
    {
        var written = await _folder.Run("new", "--write-baseline", "baseline.json");
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("declutter: wrote 3 findings to the baseline baseline.json", written.StderrLines);

        // Two paragraphs added above the cut-off ending move it down; the baseline still knows it.
        _folder.WithText("new/cut.txt", ValidateFolder.TruncatedArticle.Replace("The new harbour", "A first new paragraph with enough words to count as one.\n\nAnother one for good measure, also long enough.\n\nThe new harbour", StringComparison.Ordinal) + "\nShare this:\n");
        var again = await _folder.Run("new", "--baseline", "baseline.json");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal("", again.Stdout);
        Assert.Equal(["2 files checked: 0 errors, 0 warnings, 0 info (3 known findings in the baseline not shown)"], again.StderrLines);
    }

    [Fact]
    public async Task ANewFindingFailsDespiteTheBaseline()
    {
        await _folder.Run("new", "--write-baseline", "baseline.json");
        _folder.WithFixture("bad-outputs/leftover-share.json", "new/another.json");

        var result = await _folder.Run("new", "--baseline", "baseline.json", "-f", "concise");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(Lines(result));
        Assert.StartsWith("new/another.json:55:", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABaselineNamesFilesRelativeToItselfSoItWorksFromAnyFolder()
    {
        await _folder.Run("new", "--write-baseline", "ci/baseline.json");
        Assert.Contains("\"file\": \"../new/cut.txt\"", File.ReadAllText(Path.Combine(_folder.Root, "ci", "baseline.json")), StringComparison.Ordinal);

        var fromInside = await CliRunner.RunAsync(Path.Combine(_folder.Root, "new"), ["validate", ".", "--baseline", "../ci/baseline.json"], services: CliServices.Default);

        Assert.Equal(0, fromInside.ExitCode);
        Assert.Equal("", fromInside.Stdout);
    }

    [Fact]
    public async Task WriteBaselineNeverReplacesAFileThatIsNotABaseline()
    {
        var before = File.ReadAllText(Path.Combine(_folder.Root, "new", "leftover.json"));

        var result = await _folder.Run("new/cut.txt", "--write-baseline", "new/leftover.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: new/leftover.json: exists and is not a declutter baseline; not replaced"], result.StderrLines);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_folder.Root, "new", "leftover.json")));
    }

    [Fact]
    public async Task WriteBaselineReplacesAnOlderBaseline()
    {
        await _folder.Run("new", "--write-baseline", "baseline.json");

        var again = await _folder.Run("new/cut.txt", "--write-baseline", "baseline.json");

        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("leftover", File.ReadAllText(Path.Combine(_folder.Root, "baseline.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingBaselineIsAUsageError()
    {
        var result = await _folder.Run("new", "--baseline", "nope.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: nope.json: baseline file not found"], result.StderrLines);
    }

    [Fact]
    public async Task ExitZeroKeepsTheReportButNotTheVerdict()
    {
        var result = await _folder.Run("new", "--exit-zero", "-f", "concise");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Lines(result), l => l.Contains(" error leftover-clutter ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StatisticsCountFindingsPerRule()
    {
        var result = await _folder.Run("new", "--statistics", "-f", "json");

        Assert.Equal(
        [
            "1  clutter-removed   A line the cleaning rules removed, with the rule that removed it.",
            "1  leftover-clutter  Clutter in a converted document's body or bios that the cleaning rules would remove.",
            "1  truncated         The body ends mid-sentence, with \"...\" or with a \"Read more\" link: the scrape may be cut short.",
            "2 files checked: 1 error, 1 warning, 1 info",
        ], result.StderrLines);
    }

    [Fact]
    public async Task AnInputOverTheSizeLimitFollowsTheUnreadableSeverity()
    {
        _folder.WithText("declutter.json", """{ "rules": { "unreadable": "off" } }""");

        var result = await CliRunner.RunAsync(_folder.Root, ["validate", "new/cut.txt"], maxInputBytes: 100, services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(["1 file checked: 0 errors, 0 warnings, 0 info"], result.StderrLines);
    }
}
