using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Validate;

/// <summary>validate on the project's own fixtures, as the README and docs/ci.md tell users to run it.</summary>
public sealed class ValidateFixturesTests
{
    private static Task<CliResult> Run(params string[] args) =>
        CliRunner.RunAsync(ValidateFolder.RepoRoot, ["validate", .. args], services: CliServices.Default);

    [Fact]
    public async Task TheCleanFixturesPass()
    {
        var result = await Run("fixtures", "--exclude", "bad*/**", "--quiet", "--min-severity", "error");

        Assert.Equal("", result.Stderr);
        Assert.Equal("", result.Stdout);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task TheBadOutputsFailWithTheExpectedFindings()
    {
        var result = await Run("fixtures/bad-outputs", "-f", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdoutBytes);
        var findings = json.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("findings").EnumerateArray()
                .Select(d => $"{f.GetProperty("path").GetString()} {d.GetProperty("severity").GetString()} {d.GetProperty("ruleId").GetString()}"))
            .ToList();
        Assert.Equal(
        [
            "fixtures/bad-outputs/empty-article.json error no-body",
            "fixtures/bad-outputs/invalid-part.docx error docx-validator",
            "fixtures/bad-outputs/leftover-share.json error leftover-clutter",
        ], findings);
    }

    [Fact]
    public async Task AnHtmlPageReportsRemovalsAtTheirSourceLine()
    {
        var result = await Run("fixtures/html/news-jsonld-byline.html", "-f", "github", "--min-severity", "info");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("::notice title=clutter-removed,file=fixtures/html/news-jsonld-byline.html,line=53::Removed \"Advertisement\"",
            result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBadInputsFailAsUnreadable()
    {
        var result = await Run("fixtures/bad", "-f", "github");

        Assert.Equal(1, result.ExitCode);
        Assert.All(result.Stdout.TrimEnd('\n').Split('\n'), line => Assert.StartsWith("::error title=unreadable,file=fixtures/bad/", line, StringComparison.Ordinal));
    }
}
