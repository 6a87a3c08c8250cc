using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Convert.Cli.Tests.Infrastructure;
using Json.Schema;

namespace Convert.Cli.Tests.Validate;

/// <summary>
/// The SARIF report against the SARIF 2.1.0 JSON Schema and the JUnit report against the Jenkins JUnit XSD (both
/// shipped under SchemaData/), on a run with findings of every severity, a crash on one file and a control
/// character in a file name.
/// </summary>
public sealed class ReportSchemaTests : IDisposable
{
    private static readonly string SchemaData = Path.Combine(ValidateFolder.RepoRoot, "tests", "Convert.Cli.Tests", "SchemaData");

    private readonly ValidateFolder _folder = new ValidateFolder()
        .WithText("in/clean.txt", ValidateFolder.CleanArticle)
        .WithText("in/cut\u0001name.txt", ValidateFolder.TruncatedArticle + "\nShare this:\n")
        .WithFixture("bad-outputs/leftover-share.json", "out/leftover.json")
        .WithFixture("bad-outputs/empty-article.json", "out/empty.json");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("info")]
    [InlineData("warning")]
    public async Task SarifMatchesTheSarifSchema(string minSeverity)
    {
        var result = await _folder.Run("in", "out", "-f", "sarif", "--min-severity", minSeverity);

        Assert.Equal(1, result.ExitCode);
        AssertValidSarif(result.StdoutBytes);
    }

    [Fact]
    public async Task SarifWithACrashedFileMatchesTheSarifSchema()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Title\n\n" + FakeServices.CrashMarker);
        folder.Write("b.txt", "Title\n\nA body.");

        var result = await CliRunner.RunAsync(folder.Root, ["validate", ".", "-f", "sarif"]);

        Assert.Equal(2, result.ExitCode);
        AssertValidSarif(result.StdoutBytes);
        using var sarif = JsonDocument.Parse(result.StdoutBytes);
        var invocation = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray());
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("internal-error", notification.GetProperty("descriptor").GetProperty("id").GetString());
        Assert.Equal("a.txt", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task JunitMatchesTheJunitSchema()
    {
        var result = await _folder.Run("in", "out", "-f", "junit");

        Assert.Equal(1, result.ExitCode);
        AssertValidJunit(result.Stdout);
        Assert.Contains("cut\\u0001name.txt", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JunitWithACrashedFileHasAnErrorAndMatchesTheSchema()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Title\n\n" + FakeServices.CrashMarker);

        var result = await CliRunner.RunAsync(folder.Root, ["validate", "a.txt", "-f", "junit"]);

        Assert.Equal(2, result.ExitCode);
        AssertValidJunit(result.Stdout);
        var suite = XDocument.Parse(result.Stdout).Root!.Element("testsuite")!;
        Assert.Equal("1", (string?)suite.Attribute("errors"));
        var error = suite.Element("testcase")!.Element("error")!;
        Assert.Equal("internal-error", (string?)error.Attribute("type"));
        Assert.Contains("the fake converter crashed", (string?)error.Attribute("message"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSarifCheckRejectsABrokenLog()
    {
        var broken = """{ "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "x" } }, "results": [ { "level": "fatal", "message": { "text": "m" } } ] } ] }""";

        Assert.NotEmpty(SarifProblems(System.Text.Encoding.UTF8.GetBytes(broken)));
    }

    private static void AssertValidSarif(byte[] report) => Assert.Empty(SarifProblems(report));

    private static List<string> SarifProblems(byte[] report)
    {
        // The SARIF schema declares draft-04, a dialect JsonSchema.Net does not ship. It uses no keyword whose meaning
        // changed between draft-04 and draft-07 (no boolean exclusiveMinimum/Maximum; its root "id" is only an
        // identifier), so it is evaluated as draft-07; the file itself stays as published.
        var text = File.ReadAllText(Path.Combine(SchemaData, "sarif-2.1.0.json"))
            .Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(report);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? [] : (results.Details ?? []).Prepend(results).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }

    private static void AssertValidJunit(string report)
    {
        var schemas = new XmlSchemaSet();
        using (var xsd = XmlReader.Create(Path.Combine(SchemaData, "junit-10.xsd")))
            schemas.Add(null, xsd);
        var problems = new List<string>();
        XDocument.Parse(report).Validate(schemas, (_, e) => problems.Add(e.Message));
        Assert.Empty(problems);
    }
}
