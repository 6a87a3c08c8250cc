using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>--output-dir: walking, mirroring, keeping going past failures, ordered reporting, collisions.</summary>
public sealed class BatchConversionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task DirectoryIsWalkedAndMirroredUnderTheOutputDir()
    {
        _folder.Write("in/a/x.txt", "X\nx body");
        _folder.Write("in/b/y.text", "Y\ny body");
        _folder.Write("in/b/Z.TXT", "Z\nz body");
        _folder.Write("in/top.txt", "Top\ntop body");
        _folder.Write("in/b/page.html", "<p>page</p>\n<p>body</p>");
        _folder.Write("in/notes.md", "not walked");
        _folder.Write("in/.hidden/h.txt", "not walked");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["5 converted, 0 failed"], result.StderrLines);
        Assert.Empty(result.StdoutBytes);
        Assert.Equal(["out/a/x.json", "out/b/Z.json", "out/b/page.json", "out/b/y.json", "out/top.json"], _folder.AllFiles().Where(f => f.StartsWith("out/", StringComparison.Ordinal)));
        Assert.Equal(FakeWriter.Expected("json", "X", Path.Join("in", "a", "x.txt"), "x body"), _folder.Read("out/a/x.json"));
    }

    [Fact]
    public async Task OutputDirInsideTheInputTreeIsNotWalked()
    {
        _folder.Write("in/x.txt", "X\nbody");
        _folder.Write("in/out/earlier.txt", "Earlier output\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "in/out", "--to", "txt"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 converted, 0 failed"], result.StderrLines);
        Assert.Equal(["in/out/earlier.txt", "in/out/x.txt", "in/x.txt"], _folder.AllFiles());
    }

    [Fact]
    public async Task ToSetsTheBatchFormatAndExtension()
    {
        _folder.Write("in/x.txt", "X\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "--to", "markdown"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("md|X|", _folder.Read("out/x.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilesInSiblingFoldersMirrorFromTheirCommonRoot()
    {
        _folder.Write("in/a/x.txt", "X\nbody");
        _folder.Write("in/b/c/y.txt", "Y\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in/a/x.txt", "in/b/c/y.txt", "--output-dir", "out"]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(_folder.Exists("out/a/x.json"));
        Assert.True(_folder.Exists("out/b/c/y.json"));
    }

    [Fact]
    public async Task SingleFileGoesToTheTopOfTheOutputDir()
    {
        _folder.Write("in/a/x.txt", "X\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in/a/x.txt", "--output-dir", "out"]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(_folder.Exists("out/x.json"));
    }

    [Fact]
    public async Task FileNamedTwiceIsConvertedOnce()
    {
        _folder.Write("in/x.txt", "X\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "in/x.txt", "--output-dir", "out"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 converted, 0 failed"], result.StderrLines);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public async Task BadFilesAreReportedInInputOrderAndTheRestIsConverted(string parallelism)
    {
        for (var i = 0; i < 12; i++)
            _folder.Write($"in/f{i:D2}.txt", i % 3 == 0 ? "BAD" : $"T{i}\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-j", parallelism]);

        Assert.Equal(1, result.ExitCode);
        string[] expectedErrors = [.. Enumerable.Range(0, 12).Where(i => i % 3 == 0).Select(i =>
            $"declutter: error: {Path.Join("in", $"f{i:D2}.txt")}: {FakeServices.BadContentReason}")];
        Assert.Equal([.. expectedErrors, "8 converted, 4 failed"], result.StderrLines);
        Assert.Equal(8, _folder.AllFiles().Count(f => f.StartsWith("out/", StringComparison.Ordinal)));
        Assert.False(_folder.Exists("out/f00.json"));
    }

    [Fact]
    public async Task QuietBatchPrintsOnlyErrors()
    {
        _folder.Write("in/a.txt", "BAD");
        _folder.Write("in/b.txt", "B\nWARN");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-q"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"declutter: error: {Path.Join("in", "a.txt")}: {FakeServices.BadContentReason}"], result.StderrLines);
    }

    [Fact]
    public async Task CrashInOneInputKeepsGoingAndExitsTwo()
    {
        _folder.Write("in/a.txt", "CRASH");
        _folder.Write("in/b.txt", "B\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [$"declutter: error: {Path.Join("in", "a.txt")}: internal error: InvalidOperationException: the fake converter crashed", "1 converted, 1 failed"],
            result.StderrLines);
        Assert.True(_folder.Exists("out/b.json"));
    }

    [Fact]
    public async Task ExistingOutputsFailOnlyThoseInputs()
    {
        _folder.Write("in/a.txt", "A\nbody");
        _folder.Write("in/b.txt", "B\nbody");
        _folder.Write("out/a.json", "keep me");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"declutter: error: {Path.Join("in", "a.txt")}: output {Path.Join("out", "a.json")} already exists (use --force to overwrite)", "1 converted, 1 failed"],
            result.StderrLines);
        Assert.Equal("keep me", _folder.Read("out/a.json"));
        Assert.True(_folder.Exists("out/b.json"));
    }

    [Fact]
    public async Task OutputDirOverTheInputsNeverOverwritesThemEvenWithForce()
    {
        _folder.Write("in/a.txt", "A\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "in", "--to", "txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"declutter: error: {Path.Join("in", "a.txt")}: refusing to write over input file {Path.Join("in", "a.txt")}", "0 converted, 1 failed"],
            result.StderrLines);
        Assert.Equal("A\nbody", _folder.Read("in/a.txt"));
    }

    [Fact]
    public async Task OutputOverAnotherInputIsRefused()
    {
        _folder.Write("in/a.text", "A\nbody");
        _folder.Write("in/a.txt", "other input");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "in", "--to", "txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"declutter: error: {Path.Join("in", "a.text")}: refusing to write over input file {Path.Join("in", "a.txt")}",
            result.StderrLines[0]);
        Assert.Equal("other input", _folder.Read("in/a.txt"));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public async Task TwoInputsWritingTheSameOutputAreCaught(string parallelism)
    {
        // Outputs are planned as the conversions take the inputs: still in input order, whatever -j is.
        _folder.Write("in/a.text", "A text\nbody");
        _folder.Write("in/a.txt", "A txt\nbody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "-j", parallelism]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"declutter: error: {Path.Join("in", "a.txt")}: output {Path.Join("out", "a.json")} would also be written from {Path.Join("in", "a.text")}", "1 converted, 1 failed"],
            result.StderrLines);
        Assert.StartsWith("json|A text|", _folder.Read("out/a.json"), StringComparison.Ordinal);
    }
}
