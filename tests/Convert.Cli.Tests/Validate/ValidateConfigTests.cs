using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Validate;

public sealed class ValidateConfigTests : IDisposable
{
    private readonly ValidateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TheConfigRaisesAWarningToAnError()
    {
        _folder.WithText("cut.txt", ValidateFolder.TruncatedArticle).WithText("declutter.json", """{ "rules": { "truncated": "error" } }""");

        var result = await _folder.Run("cut.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error  The body may be cut short", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConfigTurnsARuleOff()
    {
        _folder.WithFixture("bad-outputs/leftover-share.json", "leftover.json")
            .WithText("ci.json", """{ "rules": { "leftover-clutter": "off" } }""");

        var result = await _folder.Run("leftover.json", "--config", "ci.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task TheCleaningSectionAppliesToValidateToo()
    {
        _folder.WithFixture("bad-outputs/leftover-share.json", "leftover.json")
            .WithText("declutter.json", """{ "cleaning": { "disable": ["share-button"] } }""");

        var result = await _folder.Run("leftover.json");

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task AnUnknownRuleIdIsAOneLineConfigErrorNamingTheFile()
    {
        _folder.WithText("clean.txt", ValidateFolder.CleanArticle).WithText("declutter.json", """{ "rules": { "no-such-rule": "error" } }""");

        var result = await _folder.Run("clean.txt");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("declutter: error: declutter.json: ", line, StringComparison.Ordinal);
        Assert.Contains("unknown rule id \"no-such-rule\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadSeverityIsAConfigError()
    {
        _folder.WithText("clean.txt", ValidateFolder.CleanArticle).WithText("ci.json", """{ "rules": { "truncated": "fatal" } }""");

        var result = await _folder.Run("clean.txt", "--config", "ci.json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("declutter: error: ci.json: ", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAcceptsAConfigWithBothSections()
    {
        _folder.WithText("clean.txt", ValidateFolder.CleanArticle)
            .WithText("declutter.json", """{ "cleaning": { "disable": ["site-menu"] }, "rules": { "truncated": "error" } }""");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "clean.txt", "--to", "txt"], services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("River Town", result.Stdout, StringComparison.Ordinal);
    }
}
