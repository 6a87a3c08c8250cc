using System.Text.Json;
using System.Xml.Linq;
using Convert.Cli.Validate;
using Convert.Core.Validation;

namespace Convert.Cli.Tests.Validate;

/// <summary>Each report format on the same three files: one clean, one with a warning and info, one with an error.</summary>
public sealed class ValidateReportFormatTests : IDisposable
{
    private readonly ValidateFolder _folder = new ValidateFolder()
        .WithText("in/clean.txt", ValidateFolder.CleanArticle)
        .WithText("in/cut.txt", ValidateFolder.TruncatedArticle + "\nShare this:\n")
        .WithFixture("bad-outputs/leftover-share.json", "out/leftover.json");

    public void Dispose() => _folder.Dispose();

    private Task<Infrastructure.CliResult> Run(string format) => _folder.Run("in", "out", "--format", format);

    [Fact]
    public async Task TextGroupsFindingsByFile()
    {
        var result = await Run("text");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "in/cut.txt",
            "  7  warning  The body may be cut short: its last paragraph ends without closing punctuation (\"…ur opened in June, and the levy will now pay for its upkeep\").  truncated",
            "  9  info     Removed \"Share this:\" (cleaning rule share-label).  clutter-removed",
            "",
            "out/leftover.json",
            "  55  error  \"Share.\" is clutter left in the body (cleaning rule share-button). [$.body[4].text]  leftover-clutter",
        ], result.Stdout.TrimEnd('\n').Split('\n'));
        Assert.Equal(["3 files checked: 1 error, 1 warning, 1 info"], result.StderrLines);
    }

    [Fact]
    public async Task TextIsColouredOnATerminal()
    {
        var result = await _folder.RunWith(null, terminal: true, null, "out");

        Assert.Contains("\e[31merror\e[0m", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("yes")]
    public async Task NoColorTurnsColourOff(string value)
    {
        var result = await _folder.RunWith(null, terminal: true, new Dictionary<string, string> { ["NO_COLOR"] = value }, "out");

        Assert.DoesNotContain('\e', result.Stdout);
        Assert.Contains("leftover-clutter", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MachineFormatsAreNeverColoured()
    {
        var result = await _folder.RunWith(null, terminal: true, null, "out", "-f", "github");

        Assert.DoesNotContain('\e', result.Stdout);
    }

    [Fact]
    public async Task GithubWritesOneWorkflowCommandPerFinding()
    {
        var result = await _folder.Run("in", "out", "--format", "github", "--min-severity", "info");

        Assert.Equal(
        [
            "::warning title=truncated,file=in/cut.txt,line=7::The body may be cut short: its last paragraph ends without closing punctuation (\"…ur opened in June, and the levy will now pay for its upkeep\").",
            "::notice title=clutter-removed,file=in/cut.txt,line=9::Removed \"Share this:\" (cleaning rule share-label).",
            "::error title=leftover-clutter,file=out/leftover.json,line=55::\"Share.\" is clutter left in the body (cleaning rule share-button). [$.body[4].text]",
        ], result.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void GithubEscapesMessagesAndProperties()
    {
        var finding = new Finding("mojibake", Severity.Error, "50% done\r\nnext", "x", Line: 3, Column: 9);

        Assert.Equal("::error title=mojibake,file=a%2Cb%3Ac.txt,line=3,col=9::50%25 done%0D%0Anext", GithubReport.Line("a,b:c.txt", finding));
    }

    [Fact]
    public void GithubLeavesOutTheLineOfAFileLevelFinding() =>
        Assert.Equal("::error title=no-body,file=e.json::The article has no body text.",
            GithubReport.Line("e.json", new Finding("no-body", Severity.Error, "The article has no body text.", "e.json")));

    [Fact]
    public async Task JsonListsEveryFileWithItsFindingsAndASummary()
    {
        var result = await Run("json");

        using var json = JsonDocument.Parse(result.StdoutBytes);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("declutter", root.GetProperty("tool").GetProperty("name").GetString());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["in/clean.txt", "in/cut.txt", "out/leftover.json"], files.Select(f => f.GetProperty("path").GetString()));
        Assert.Empty(files[0].GetProperty("findings").EnumerateArray());
        var error = Assert.Single(files[2].GetProperty("findings").EnumerateArray());
        Assert.Equal("leftover-clutter", error.GetProperty("ruleId").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal(55, error.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("column").ValueKind);
        Assert.Equal("$.body[4].text", error.GetProperty("location").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal((3, 1, 1, 1), (summary.GetProperty("files").GetInt32(), summary.GetProperty("errors").GetInt32(),
            summary.GetProperty("warnings").GetInt32(), summary.GetProperty("info").GetInt32()));
    }

    [Fact]
    public async Task SarifIsAValidCodeScanningLog()
    {
        var result = await Run("sarif");

        using var sarif = JsonDocument.Parse(result.StdoutBytes);
        var root = sarif.RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("declutter", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(ValidationRules.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.NotEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()!));
        Assert.All(rules, r => Assert.Matches("^(error|warning|note)$", r.GetProperty("defaultConfiguration").GetProperty("level").GetString()));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        // Info findings (the cleaning doing its job) are left out of SARIF unless --min-severity info asks for them.
        Assert.Equal(["truncated", "leftover-clutter"], results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.Equal(["warning", "error"], results.Select(r => r.GetProperty("level").GetString()));
        foreach (var item in results)
        {
            var ruleIndex = item.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(item.GetProperty("ruleId").GetString(), rules[ruleIndex].GetProperty("id").GetString());
            Assert.NotEmpty(item.GetProperty("message").GetProperty("text").GetString()!);
        }
        var location = Assert.Single(results[1].GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("out/leftover.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("WORKSPACE", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(55, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("in/cut.txt", results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task SarifGivesFileLevelFindingsTheFirstLine()
    {
        _folder.WithFixture("bad-outputs/empty-article.json", "empty/e.json");

        var result = await _folder.Run("empty", "-f", "sarif");

        using var sarif = JsonDocument.Parse(result.StdoutBytes);
        var item = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var region = item.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(1, region.GetProperty("startLine").GetInt32());
        Assert.False(region.TryGetProperty("startColumn", out _));
    }

    [Fact]
    public async Task JunitHasOneTestCasePerFileFailingOnErrors()
    {
        var result = await Run("junit");

        var xml = XDocument.Parse(result.Stdout);
        var suite = Assert.Single(xml.Root!.Elements("testsuite"));
        Assert.Equal("testsuites", xml.Root.Name.LocalName);
        Assert.Equal(("3", "1"), ((string?)suite.Attribute("tests"), (string?)suite.Attribute("failures")));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(["in/clean.txt", "in/cut.txt", "out/leftover.json"], cases.Select(c => (string?)c.Attribute("name")));
        Assert.Null(cases[0].Element("failure"));
        Assert.Null(cases[1].Element("failure"));
        Assert.Contains("7 warning truncated:", cases[1].Element("system-out")!.Value, StringComparison.Ordinal);
        var failure = cases[2].Element("failure")!;
        Assert.Equal("\"Share.\" is clutter left in the body (cleaning rule share-button).", (string?)failure.Attribute("message"));
        Assert.Equal("leftover-clutter", (string?)failure.Attribute("type"));
        Assert.Equal(["in/clean.txt", "in/cut.txt", "out/leftover.json"], cases.Select(c => (string?)c.Attribute("file")));
        Assert.All(cases, c => Assert.Matches(@"^\d+\.\d{3}$", (string?)c.Attribute("time")));
        Assert.Contains("55 error leftover-clutter:", failure.Value, StringComparison.Ordinal);
    }
}
