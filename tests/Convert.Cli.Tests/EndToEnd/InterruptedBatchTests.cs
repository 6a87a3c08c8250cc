using System.Diagnostics;
using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>
/// A batch killed midway (the real command, in its own process, killed without warning) leaves only whole outputs:
/// every output file is complete, a stream's output file is absent, and --skip-existing finishes the batch.
/// </summary>
public sealed class InterruptedBatchTests : IDisposable
{
    private const int Inputs = 3000;
    private readonly TempFolder _folder = new();

    public InterruptedBatchTests()
    {
        for (var i = 0; i < Inputs; i++)
            _folder.Write($"in/{i / 100:D2}/article{i:D4}.txt", $"Story {i}\n\nBy Ana Ruiz\n\nThe body of story {i} is a paragraph of plain words.\n\nShare.\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AKilledFolderBatchLeavesOnlyWholeOutputsAndResumes()
    {
        var killed = await RunAndKill(["convert", "in", "--output-dir", "out", "-j", "1", "-q"],
            () => Directory.Exists(_folder.PathOf("out")) && Directory.EnumerateFiles(_folder.PathOf("out"), "*.json", SearchOption.AllDirectories).Any());

        var outputs = Directory.EnumerateFiles(_folder.PathOf("out"), "*.json", SearchOption.AllDirectories).ToList();
        Assert.True(killed, "the batch finished before it could be killed");
        Assert.InRange(outputs.Count, 1, Inputs - 1);
        Assert.All(outputs, path => JsonDocument.Parse(File.ReadAllBytes(path)).Dispose());

        var resumed = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", "out", "--skip-existing", "-q"]);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(Inputs, Directory.EnumerateFiles(_folder.PathOf("out"), "*.json", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task AKilledStreamLeavesNoOutputFile()
    {
        var temp = () => Directory.EnumerateFiles(_folder.Root, "*.declutter-tmp", new EnumerationOptions { AttributesToSkip = 0 })
            .Any(f => new FileInfo(f).Length > 0);

        var killed = await RunAndKill(["convert", "in", "--to", "jsonl", "-o", "all.jsonl", "-j", "1", "-q"], temp);

        Assert.True(killed, "the stream finished before it could be killed");
        Assert.False(_folder.Exists("all.jsonl"));
    }

    /// <summary>Starts the real command, kills it (SIGKILL) once <paramref name="midway"/> holds; true when it was still running.</summary>
    private async Task<bool> RunAndKill(string[] args, Func<bool> midway)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Join(AppContext.BaseDirectory, "declutter.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!midway() && !process.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(5, TestContext.Current.CancellationToken);
        var running = !process.HasExited;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return running;
    }
}
