using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Validate;

/// <summary>GitLab Code Quality, the concise format, workspace-relative paths, failures and control characters in every format.</summary>
public sealed class NewReportFormatTests : IDisposable
{
    private readonly ValidateFolder _folder = new ValidateFolder()
        .WithText("in/cut.txt", ValidateFolder.TruncatedArticle + "\nShare this:\n")
        .WithFixture("bad-outputs/leftover-share.json", "out/leftover.json");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ConciseIsOneEditorLinkPerFinding()
    {
        var result = await _folder.Run("in", "out", "-f", "concise");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "in/cut.txt:7:1: warning truncated The body may be cut short: its last paragraph ends without closing punctuation (\"…ur opened in June, and the levy will now pay for its upkeep\").",
            "in/cut.txt:9:1: info clutter-removed Removed \"Share this:\" (cleaning rule share-label).",
            "out/leftover.json:55:1: error leftover-clutter \"Share.\" is clutter left in the body (cleaning rule share-button). [$.body[4].text]",
        ], result.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task GitlabIsCodeQualityJsonWithoutInfoByDefault()
    {
        var result = await _folder.Run("in", "out", "-f", "gitlab");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdoutBytes);
        var issues = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["truncated", "leftover-clutter"], issues.Select(i => i.GetProperty("check_name").GetString()));
        Assert.Equal(["minor", "major"], issues.Select(i => i.GetProperty("severity").GetString()));
        Assert.Equal("out/leftover.json", issues[1].GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(55, issues[1].GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Equal(2, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
        Assert.All(issues, i => Assert.NotEmpty(i.GetProperty("description").GetString()!));
    }

    [Fact]
    public async Task GithubPathsAreRelativeToTheWorkspace()
    {
        var result = await CliRunner.RunAsync(Path.Combine(_folder.Root, "in"), ["validate", "cut.txt", "../out", "-f", "github"],
            services: CliServices.Default, environment: new Dictionary<string, string> { ["GITHUB_WORKSPACE"] = _folder.Root });

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.StartsWith("::warning title=truncated,file=in/cut.txt,line=7::", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::error title=leftover-clutter,file=out/leftover.json,line=55::", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SarifUsesAWorkspaceBaseAndRelativeUris()
    {
        var result = await CliRunner.RunAsync(Path.Combine(_folder.Root, "in"), ["validate", "../out", "-f", "sarif"],
            services: CliServices.Default, environment: new Dictionary<string, string> { ["GITHUB_WORKSPACE"] = _folder.Root });

        using var sarif = JsonDocument.Parse(result.StdoutBytes);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(new Uri(_folder.Root + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("WORKSPACE").GetProperty("uri").GetString());
        var item = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("out/leftover.json", item.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Matches("^[0-9a-f]{16}$", item.GetProperty("partialFingerprints").GetProperty("declutterFinding/v1").GetString());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        Assert.All(driver.GetProperty("rules").EnumerateArray(), r =>
            Assert.EndsWith("docs/ci.md#" + r.GetProperty("id").GetString(), r.GetProperty("helpUri").GetString(), StringComparison.Ordinal));
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Theory]
    [InlineData("text", "internal-error")]
    [InlineData("concise", "a.txt:1:1: error internal-error internal error:")]
    [InlineData("github", "::error title=internal-error,file=a.txt::internal error:")]
    [InlineData("gitlab", "\"check_name\": \"internal-error\"")]
    [InlineData("json", "\"kind\": \"internal-error\"")]
    public async Task AFileThatCannotBeCheckedIsInEveryFormat(string format, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Title\n\n" + FakeServices.CrashMarker);

        var result = await CliRunner.RunAsync(folder.Root, ["validate", "a.txt", "-f", format]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("concise")]
    [InlineData("github")]
    [InlineData("junit")]
    public async Task AControlCharacterInAFileNameIsEscaped(string format)
    {
        _folder.WithText("ctl/cut\u001b[2Jname.txt", ValidateFolder.TruncatedArticle);

        var result = await _folder.Run("ctl", "-f", format);

        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.Contains("cut\\u001b[2Jname.txt", result.Stdout, StringComparison.Ordinal);
    }
}
