using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>--skip-existing and --update: a second run of a batch keeps what is done and exits 0.</summary>
public sealed class ResumableBatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WithoutAnOptionASecondRunReportsEveryExistingOutput()
    {
        _folder.Write("in/a.txt", "A\nbody");
        _folder.Write("out/a.json", "done before");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipExistingKeepsOutputsThatExistAndConvertsTheRest()
    {
        _folder.Write("in/a.txt", "A\nbody");
        _folder.Write("in/b.txt", "B\nbody");
        _folder.Write("out/a.json", "done before");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "--skip-existing"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 converted, 1 skipped, 0 failed"], result.StderrLines);
        Assert.Equal("done before", _folder.Read("out/a.json"));
        Assert.Equal(FakeWriter.Expected("json", "B", Path.Join("in", "b.txt"), "body"), _folder.Read("out/b.json"));
    }

    [Fact]
    public async Task SkipExistingDoesNotEvenReadTheInputsItSkips()
    {
        _folder.Write("in/a.txt", $"A\n{FakeServices.BadMarker}");
        _folder.Write("out/a.json", "done before");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "--skip-existing"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["0 converted, 1 skipped, 0 failed"], result.StderrLines);
    }

    [Fact]
    public async Task UpdateRedoesOnlyInputsNewerThanTheirOutput()
    {
        _folder.Write("in/old.txt", "Old\nbody");
        _folder.Write("in/new.txt", "New\nbody");
        _folder.Write("out/old.json", "up to date");
        _folder.Write("out/new.json", "stale");
        var earlier = DateTime.UtcNow.AddHours(-2);
        File.SetLastWriteTimeUtc(_folder.PathOf("in/old.txt"), earlier);
        File.SetLastWriteTimeUtc(_folder.PathOf("out/old.json"), earlier.AddMinutes(1));
        File.SetLastWriteTimeUtc(_folder.PathOf("out/new.json"), earlier);

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "--update"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 converted, 1 skipped, 0 failed"], result.StderrLines);
        Assert.Equal("up to date", _folder.Read("out/old.json"));
        Assert.Equal(FakeWriter.Expected("json", "New", Path.Join("in", "new.txt"), "body"), _folder.Read("out/new.json"));
    }

    [Fact]
    public async Task UpdateConvertsInputsWithoutAnOutput()
    {
        _folder.Write("in/a.txt", "A\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in/a.txt", "-o", "out/a.md", "--update"]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(_folder.Exists("out/a.md"));
    }

    [Fact]
    public async Task UpdateStillNeverWritesOverAnInput()
    {
        _folder.Write("in/a.txt", "A\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in/a.txt", "-o", "in/a.txt", "--update", "--to", "txt"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("refusing to write over input file", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("A\nbody", _folder.Read("in/a.txt"));
    }

    [Theory]
    [InlineData("--force", "--skip-existing")]
    [InlineData("--force", "--update")]
    [InlineData("--skip-existing", "--update")]
    public async Task TheExistingOutputOptionsExcludeEachOther(string first, string second)
    {
        _folder.Write("in/a.txt", "A\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", first, second]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"declutter: error: {first} and {second} cannot be used together"], result.StderrLines);
        Assert.False(_folder.Exists("out/a.json"));
    }
}
