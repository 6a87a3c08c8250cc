using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>Help and version, and the remapping of System.CommandLine's exit code 1 for crashes to 2.</summary>
public sealed class HelpAndExitCodeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task RootHelpListsCommandsAndExitCodes(string flag)
    {
        var result = await CliRunner.RunAsync(_folder.Root, [flag]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("convert <INPUT>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("schema", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rules", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes:\n  0  all inputs converted (or skipped with --skip-existing/--update)\n  1  some inputs failed", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task ConvertHelpDescribesOptionsAndExitCodes()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "--help"]);

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--output", "--output-dir", "--to", "--title", "--config", "--force", "--quiet", "--parallel" })
            Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2  usage, config or I/O error before any work", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionPrintsToStdoutAndExitsZero()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["--version"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task CrashOutsideAnyInputExitsTwoWithOneLineAndNoStackTrace()
    {
        _folder.Write("a.txt", "Title\nBody");
        var services = FakeServices.Create() with { CreateEngine = _ => throw new InvalidOperationException("engine broke") };

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt"], services: services);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: internal error: InvalidOperationException: engine broke"], result.StderrLines);
        Assert.Empty(result.StdoutBytes);
    }

    [Fact]
    public async Task CrashInSchemaIsRemappedToTwo()
    {
        var services = FakeServices.Create() with { SchemaText = () => throw new NotImplementedException("no schema yet") };

        var result = await CliRunner.RunAsync(_folder.Root, ["schema"], services: services);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: internal error: NotImplementedException: no schema yet"], result.StderrLines);
    }

    [Fact]
    public async Task ResponseFileSuppliesArguments()
    {
        _folder.Write("a.txt", "Title\nBody");
        var responseFile = _folder.Write("args.rsp", "convert\na.txt\n--to\nmd\n");

        var result = await CliRunner.RunAsync(_folder.Root, ["@" + responseFile]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FakeWriter.Expected("md", "Title", "a.txt", "Body"), result.Stdout);
    }
}
