using Convert.Cli.Tests.Infrastructure;
using Convert.Cli.Tests.Validate;

namespace Convert.Cli.Tests.Config;

/// <summary>The nearest declutter.json above each input applies, up to the repository root; --config and --no-config.</summary>
public sealed class ConfigDiscoveryTests : IDisposable
{
    private readonly ValidateFolder _folder = new();

    public ConfigDiscoveryTests()
    {
        // The temp folder is the repository: discovery stops here, whatever lies above it.
        Directory.CreateDirectory(Path.Combine(_folder.Root, ".git"));
        _folder.WithText("declutter.json", """{ "rules": { "truncated": "error" } }""")
            .WithText("articles/cut.txt", ValidateFolder.TruncatedArticle);
    }

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> RunIn(string relativeFolder, params string[] args) =>
        CliRunner.RunAsync(Path.Combine(_folder.Root, relativeFolder), ["validate", .. args], services: CliServices.Default);

    [Fact]
    public async Task TheSameFilesGetTheSameConfigFromAnyFolder()
    {
        var fromRoot = await RunIn(".", "articles", "-f", "concise");
        var fromInside = await RunIn("articles", ".", "-f", "concise");

        Assert.Equal(1, fromRoot.ExitCode);
        Assert.Equal(1, fromInside.ExitCode);
        Assert.Contains("error truncated", fromRoot.Stdout, StringComparison.Ordinal);
        Assert.Contains("error truncated", fromInside.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromRoot.StderrLines, fromInside.StderrLines);
    }

    [Fact]
    public async Task TheNearestConfigWinsAndEachInputGetsItsOwn()
    {
        _folder.WithText("legacy/declutter.json", """{ "rules": { "truncated": "off" } }""")
            .WithText("legacy/old.txt", ValidateFolder.TruncatedArticle);

        var result = await RunIn(".", "articles", "legacy", "-f", "concise");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Contains(lines, l => l.StartsWith("articles/cut.txt:", StringComparison.Ordinal) && l.Contains(" error truncated ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("legacy/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DiscoveryStopsAtTheRepositoryRoot()
    {
        using var outer = new TempFolder();
        outer.Write("declutter.json", """{ "rules": { "truncated": "error" } }""");
        Directory.CreateDirectory(outer.PathOf("repo/.git"));
        outer.Write("repo/cut.txt", ValidateFolder.TruncatedArticle);

        var result = await CliRunner.RunAsync(outer.PathOf("repo"), ["validate", "cut.txt", "-f", "concise"], services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(" warning truncated ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StdinIsConfiguredAsTheFileItsNameNames()
    {
        _folder.WithText("legacy/declutter.json", """{ "rules": { "truncated": "off" } }""");

        var asLegacy = await CliRunner.RunAsync(_folder.Root, ["validate", "-", "--stdin-filename", "legacy/new.txt", "-f", "concise"],
            stdin: ValidateFolder.TruncatedArticle, services: CliServices.Default);
        var asArticle = await CliRunner.RunAsync(_folder.Root, ["validate", "-", "--stdin-filename", "articles/new.txt", "-f", "concise"],
            stdin: ValidateFolder.TruncatedArticle, services: CliServices.Default);

        Assert.Equal((0, ""), (asLegacy.ExitCode, asLegacy.Stdout));
        Assert.Equal(1, asArticle.ExitCode);
        Assert.StartsWith("articles/new.txt:7:1: error truncated ", asArticle.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoConfigUsesTheDefaults()
    {
        var result = await RunIn(".", "articles", "--no-config", "-f", "concise");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(" warning truncated ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExplicitConfigAppliesToEveryInput()
    {
        _folder.WithText("ci/relaxed.json", """{ "rules": { "truncated": "off" } }""");

        var result = await RunIn(".", "articles", "--config", "ci/relaxed.json", "-f", "concise");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task ConfigAndNoConfigTogetherAreAUsageError()
    {
        var result = await RunIn(".", "articles", "--config", "declutter.json", "--no-config");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--config and --no-config cannot be used together", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigCommandPrintsTheConfigInEffectAndItsSource()
    {
        var result = await CliRunner.RunAsync(Path.Combine(_folder.Root, "articles"), ["config", "cut.txt"], services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("// configuration for cut.txt", lines[0]);
        Assert.Equal("// from: " + Path.Combine(_folder.Root, "declutter.json"), lines[1]);
        Assert.Contains("\"truncated\": \"error\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"clutter-removed\": \"info\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigCommandOutputIsItselfAValidConfig()
    {
        _folder.WithText("declutter.json", """
            { "cleaning": { "disable": ["site-menu"] }, "overrides": [ { "files": "articles/**", "rules": { "truncated": "off" } } ] }
            """);
        var shown = await CliRunner.RunAsync(_folder.Root, ["config", "articles/cut.txt"], services: CliServices.Default);
        Assert.Contains("// overrides[0] (articles/**) applies to this file", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"site-menu\"", shown.Stdout, StringComparison.Ordinal);
        _folder.WithText("copy/declutter.json", shown.Stdout);

        var again = await CliRunner.RunAsync(_folder.Root, ["config", "copy"], services: CliServices.Default);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(Settings(shown.Stdout), Settings(again.Stdout));
        Assert.NotEqual("", Settings(shown.Stdout));
    }

    // The JSON after the comment lines that name the source.
    private static string Settings(string output) => output[output.IndexOf("\n{", StringComparison.Ordinal)..];

    [Fact]
    public async Task ConfigCommandWithoutAConfigSaysSo()
    {
        using var bare = new TempFolder();
        Directory.CreateDirectory(bare.PathOf(".git"));

        var result = await CliRunner.RunAsync(bare.Root, ["config"], services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("// from: built-in defaults (no declutter.json found)", result.Stdout, StringComparison.Ordinal);
    }
}
