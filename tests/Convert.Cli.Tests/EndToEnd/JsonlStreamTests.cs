using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>
/// <c>--from jsonl</c> / <c>--to jsonl</c> through the real command: a crawl in, one article a line out, in input
/// order, with each record's id and url; broken lines reported with their number while the stream goes on.
/// </summary>
public sealed class JsonlStreamTests : IDisposable
{
    private const string Crawl = """
        {"id":"a1","url":"https://example.org/a","html":"<html><head><title>Harbour news</title></head><body><article><p>The harbour council met on Monday, and the ferry timetable changes next month, with more boats in summer.</p></article></body></html>"}
        {"id": broken
        {"id":2,"url":"https://example.org/b","text":"River walk\n\nThe river path reopens after the winter repairs, the volunteers said.\n\nShare."}

        {"id":"c3","text":"Market day\n\nThe market moves to the square on Saturdays from June."}

        """;

    private readonly TempFolder _folder = new();

    public JsonlStreamTests() => _folder.Write("crawl.jsonl", Crawl);

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(string[] args, string? stdin = null, byte[]? stdinBytes = null) =>
        CliRunner.RunAsync(_folder.Root, args, stdin: stdin, services: CliServices.Default, stdinBytes: stdinBytes);

    private static List<JsonElement> Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public async Task ACrawlBecomesOneArticleALineInInputOrderWithIdsAndUrls()
    {
        var result = await Run(["convert", "crawl.jsonl"]);

        var lines = Lines(result.Stdout);
        Assert.Equal(["a1", "2", "c3"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("https://example.org/b", lines[1].GetProperty("url").GetString());
        Assert.Equal("River walk", lines[1].GetProperty("title").GetString());
        Assert.DoesNotContain("Share.", lines[1].GetProperty("body").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("declutter: error: crawl.jsonl:2: not valid JSON", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("3 converted, 1 failed", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task StdinAndGzipGiveTheSameLinesAsTheFile()
    {
        var fromFile = (await Run(["convert", "crawl.jsonl"])).Stdout;
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(Crawl));
        File.WriteAllBytes(_folder.PathOf("crawl.jsonl.gz"), zipped.ToArray());

        var fromStdin = await Run(["convert", "--from", "jsonl", "-", "--to", "jsonl"], stdin: Crawl);
        var fromGzipFile = await Run(["convert", "crawl.jsonl.gz"]);
        var fromGzipStdin = await Run(["convert", "-f", "jsonl", "-"], stdinBytes: zipped.ToArray());

        Assert.Equal(fromFile, fromStdin.Stdout);
        Assert.Equal(fromFile, fromGzipFile.Stdout);
        Assert.Equal(fromFile, fromGzipStdin.Stdout);
        Assert.Contains("declutter: error: <stdin>:2:", fromStdin.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameCrawlGivesTheSameBytesWhateverTheParallelism()
    {
        var many = string.Concat(Enumerable.Range(0, 30).Select(i => Crawl.Replace("\"a1\"", $"\"a1-{i}\"", StringComparison.Ordinal)));
        _folder.Write("many.jsonl", many);

        var serial = await Run(["convert", "many.jsonl", "-j", "1", "-q"]);
        var parallel = await Run(["convert", "many.jsonl", "-j", "4", "-q"]);

        Assert.Equal(90, Lines(serial.Stdout).Count);
        Assert.Equal(serial.StdoutBytes, parallel.StdoutBytes);
    }

    [Fact]
    public async Task AnOutputFileIsWrittenWholeAndNotReplacedWithoutForce()
    {
        var first = await Run(["convert", "crawl.jsonl", "-o", "clean.jsonl", "-q"]);
        var second = await Run(["convert", "crawl.jsonl", "-o", "clean.jsonl"]);

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(3, Lines(_folder.Read("clean.jsonl")).Count);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(["clean.jsonl", "crawl.jsonl"], _folder.AllFiles());
    }

    [Theory]
    [InlineData("--output-dir", "out")]
    [InlineData("--to", "md")]
    [InlineData("--title", "One title")]
    public async Task AStreamCannotGoWhereOneStreamDoesNotFit(string option, string value)
    {
        var result = await Run(["convert", "crawl.jsonl", option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.StderrLines);
        Assert.Empty(result.StdoutBytes);
    }

    [Fact]
    public async Task FilesGoToOneStreamWithToJsonlInInputOrder()
    {
        _folder.Write("texts/b.txt", "Second story\n\nThe second body paragraph is here.");
        _folder.Write("texts/a.txt", "First story\n\nThe first body paragraph is here.");

        var result = await Run(["convert", "texts", "--to", "jsonl"]);

        var lines = Lines(result.Stdout);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["First story", "Second story"], lines.Select(l => l.GetProperty("title").GetString()));
        Assert.False(lines[0].TryGetProperty("id", out _));
        Assert.EndsWith("a.txt", lines[0].GetProperty("metadata").GetProperty("sourcePath").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShardsOfACrawlTogetherAreTheWholeCrawl()
    {
        var many = string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"{{\"id\":\"s{i}\",\"text\":\"Story {i}\\n\\nThe body of story {i} has a few plain words.\"}}\n"));
        _folder.Write("many.jsonl", many);
        var whole = Lines((await Run(["convert", "many.jsonl", "-q"])).Stdout).Select(l => l.GetRawText()).ToList();

        var parts = new List<string>();
        for (var k = 1; k <= 3; k++)
            parts.AddRange(Lines((await Run(["convert", "many.jsonl", "-q", "--shard", $"{k}/3"])).Stdout).Select(l => l.GetRawText()));

        Assert.Equal(40, whole.Count);
        Assert.Equal(whole.Order(StringComparer.Ordinal), parts.Order(StringComparer.Ordinal));
    }
}
