using Convert.Cli.Tests.Infrastructure;
using Convert.Core.Learning;

namespace Convert.Cli.Tests.Commands;

/// <summary>
/// A shipped model that is missing or malformed breaks every page alike, so the run stops with one clear line
/// rather than reporting the same internal error for each input (or extracting wrongly).
/// </summary>
public sealed class BrokenModelTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CliServices WithBrokenModel() => FakeServices.Create() with
    {
        CreateEngine = _ => new ConversionEngine(FakeServices.BuiltInRules,
            (_, _) => throw new ModelFormatException("model resource 'html-blocks.model.bin' is missing from the build")),
    };

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task ABatch_StopsWithOneLineNamingTheModel_AndWritesNothing(string jobs)
    {
        for (var i = 0; i < 6; i++)
            _folder.Write($"in/a{i}.txt", $"Title {i}\nBody {i}");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-j", jobs], services: WithBrokenModel());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            ["declutter: error: this installation of declutter is broken: model resource 'html-blocks.model.bin' is missing from the build; reinstall it"],
            result.StderrLines);
        Assert.False(Directory.Exists(_folder.PathOf("out")) && Directory.EnumerateFiles(_folder.PathOf("out"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task AJsonLinesStream_StopsTheSameWay_AndLeavesNoOutput()
    {
        for (var i = 0; i < 4; i++)
            _folder.Write($"in/a{i}.txt", $"Title {i}\nBody {i}");
        var services = CliServices.Default with { CreateEngine = WithBrokenModel().CreateEngine };

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--to", "jsonl", "-o", "out.jsonl", "-j", "2"], services: services);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("this installation of declutter is broken", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.PathOf("out.jsonl")));
    }
}
