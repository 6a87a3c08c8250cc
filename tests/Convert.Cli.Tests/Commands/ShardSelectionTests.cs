using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>--shard K/N on a folder batch: N runs write every output once between them; bad values are usage errors.</summary>
public sealed class ShardSelectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TheShardsOfAFolderWriteEveryOutputOnce()
    {
        for (var i = 0; i < 30; i++)
            _folder.Write($"in/sub{i % 3}/article{i}.txt", $"Title {i}\n\nBody {i}.");

        var written = new List<string>();
        for (var k = 1; k <= 4; k++)
        {
            var result = await CliRunner.RunAsync(_folder.Root, ["convert", "in", "--output-dir", $"out{k}", "--shard", $"{k}/4", "-q"]);
            Assert.Equal(0, result.ExitCode);
            written.AddRange(Directory.Exists(_folder.PathOf($"out{k}"))
                ? Directory.EnumerateFiles(_folder.PathOf($"out{k}"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder.PathOf($"out{k}"), f))
                : []);
        }

        Assert.Equal(30, written.Count);
        Assert.Equal(30, written.Distinct().Count());
    }

    [Fact]
    public async Task AShardWithNoInputConvertsNothingAndSucceeds()
    {
        _folder.Write("only.txt", "Title\n\nBody.");
        var owner = 0;
        for (var k = 1; k <= 8; k++)
        {
            var result = await CliRunner.RunAsync(_folder.Root, ["convert", "only.txt", "--shard", $"{k}/8"]);
            Assert.Equal(0, result.ExitCode);
            owner += result.StdoutBytes.Length > 0 ? 1 : 0;
        }

        Assert.Equal(1, owner);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("two/3")]
    public async Task AMalformedShardIsAUsageError(string value)
    {
        _folder.Write("a.txt", "Title\n\nBody.");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "--shard", value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard", result.Stderr, StringComparison.Ordinal);
    }
}
