using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Config;

/// <summary>convert finds the nearest declutter.json above each input too, and honours --no-config.</summary>
public sealed class ConvertConfigTests : IDisposable
{
    // "Share this:" is removed by the built-in share-label rule unless a config disables it.
    private const string Article = "How the Harbour Was Rebuilt\n\nThe harbour was rebuilt over three summers by the people who use it every day.\n\nShare this:\n";

    private readonly TempFolder _folder = new();

    public ConvertConfigTests()
    {
        Directory.CreateDirectory(_folder.PathOf(".git"));
        _folder.Write("plain/a.txt", Article);
        _folder.Write("kept/declutter.json", """{ "cleaning": { "disable": ["share-label"] } }""");
        _folder.Write("kept/b.txt", Article);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EachInputIsCleanedWithItsNearestConfig()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "plain", "kept", "--output-dir", "out", "-t", "txt"], services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Share this", _folder.Read("out/plain/a.txt"), StringComparison.Ordinal);
        Assert.Contains("Share this", _folder.Read("out/kept/b.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoConfigIgnoresEveryConfig()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "kept/b.txt", "-t", "txt", "--no-config"], services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Share this", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadConfigAnywhereStopsTheBatchBeforeAnyWork()
    {
        _folder.Write("broken/declutter.json", """{ "cleaning": { "disabel": [] } }""");
        _folder.Write("broken/c.txt", Article);

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "plain", "broken", "--output-dir", "out", "-t", "txt"], services: CliServices.Default);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: broken/declutter.json: $.cleaning.disabel: unknown key \"disabel\"; did you mean \"disable\"?"], result.StderrLines);
        Assert.False(Directory.Exists(_folder.PathOf("out")));
    }
}
