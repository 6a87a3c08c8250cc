using System.Text;
using Convert.Cli.Output;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Output;

/// <summary>No half-written output and no temp file is ever left behind, whether the write succeeds or throws.</summary>
public sealed class AtomicWriteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WritesTheContentAndLeavesOnlyTheTarget()
    {
        AtomicFileWriter.Write(_folder.PathOf("sub/out.txt"), overwrite: false, s => s.Write("done"u8));

        Assert.Equal("done", _folder.Read("sub/out.txt"));
        Assert.Equal(["sub/out.txt"], _folder.AllFiles());
    }

    [Fact]
    public void ThrowingWriteLeavesNothingBehind()
    {
        var error = Assert.Throws<IOException>(() => AtomicFileWriter.Write(_folder.PathOf("out.txt"), overwrite: false, s =>
        {
            s.Write("half"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("disk full", error.Message);
        Assert.Empty(_folder.AllFiles());
    }

    [Fact]
    public void ExistingTargetWithoutOverwriteThrowsAndKeepsTheFile()
    {
        _folder.Write("out.txt", "old");

        var error = Assert.Throws<OutputExistsException>(() =>
            AtomicFileWriter.Write(_folder.PathOf("out.txt"), overwrite: false, s => s.Write("new"u8)));

        Assert.Equal($"output {_folder.PathOf("out.txt")} already exists (use --force to overwrite)", error.Message);
        Assert.Equal("old", _folder.Read("out.txt"));
        Assert.Equal(["out.txt"], _folder.AllFiles());
    }

    [Fact]
    public void ExistingTargetWithOverwriteIsReplaced()
    {
        _folder.Write("out.txt", "old");

        AtomicFileWriter.Write(_folder.PathOf("out.txt"), overwrite: true, s => s.Write("new"u8));

        Assert.Equal("new", _folder.Read("out.txt"));
        Assert.Equal(["out.txt"], _folder.AllFiles());
    }

    [Fact]
    public async Task FailingWriterThroughTheCliLeavesNoOutputAndNoTempFile()
    {
        _folder.Write("a.txt", "A\nbody");
        var services = FakeServices.Create(FakeWriter.Failing("json", ".json"));

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "out/a.json"], services: services);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"declutter: error: a.txt: {FakeWriter.FailureReason}", "0 converted, 1 failed"], result.StderrLines);
        Assert.Equal(["a.txt"], _folder.AllFiles());
    }

    [Fact]
    public async Task FailingWriterWithForceKeepsTheOldOutput()
    {
        _folder.Write("a.txt", "A\nbody");
        _folder.Write("a.json", "previous run");
        var services = FakeServices.Create(FakeWriter.Failing("json", ".json"));

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "a.json", "--force"], services: services);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("previous run", _folder.Read("a.json"));
        Assert.Equal(["a.json", "a.txt"], _folder.AllFiles());
    }

    [Fact]
    public async Task FailingWriterOnStdoutWritesNothingThere()
    {
        _folder.Write("a.txt", "A\nbody");
        var services = FakeServices.Create(FakeWriter.Failing("json", ".json"));

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt"], services: services);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StdoutBytes);
        Assert.Equal([$"declutter: error: a.txt: {FakeWriter.FailureReason}"], result.StderrLines);
        Assert.DoesNotContain(FakeWriter.PartialOutput, Encoding.UTF8.GetString(result.StdoutBytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedConversionCreatesNoOutputFolders()
    {
        _folder.Write("in/deep/a.txt", "BAD");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out"]);

        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(_folder.PathOf("out")));
    }
}
