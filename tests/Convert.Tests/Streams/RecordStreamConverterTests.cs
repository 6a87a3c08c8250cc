using System.Globalization;
using System.Text;
using Convert.Core;
using Convert.Core.Reading;
using Convert.Core.Streams;
using Convert.Core.Writing;

namespace Convert.Tests.Streams;

/// <summary>Records converted on several threads come back one per record, in stream order, and as JSON Lines.</summary>
public sealed class RecordStreamConverterTests
{
    private static IRecordStreamReader Reader => (IRecordStreamReader)InputReaders.For(InputFormat.Jsonl, null, []);

    private static string Crawl(int count) => string.Concat(Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture,
        $"{{\"id\":\"r{i}\",\"url\":\"https://example.org/{i}\",\"text\":\"Story number {i}\\n\\nThe body of story {i} is one paragraph of plain words.\"}}\n")));

    private static List<RecordConversion> Convert(string jsonl, int parallelism, Shard shard) =>
        [.. RecordStreamConverter.Convert(Reader.ReadRecords(new MemoryStream(Encoding.UTF8.GetBytes(jsonl))),
            ConversionPipeline.Default, ConversionOptions.Default, shard, parallelism)];

    [Fact]
    public void ResultsKeepStreamOrderWhateverTheParallelism()
    {
        var serial = Convert(Crawl(50), 1, Shard.All);
        var parallel = Convert(Crawl(50), 4, Shard.All);

        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"r{i}"), parallel.Select(c => c.Article!.Record!.Id));
        Assert.Equal(serial.Select(c => JsonlArticleWriter.ToLine(c.Article!)), parallel.Select(c => JsonlArticleWriter.ToLine(c.Article!)));
    }

    [Fact]
    public void EachLineIsOneCompactArticleStartingWithTheRecordsIdAndUrl()
    {
        var line = JsonlArticleWriter.ToLine(Convert(Crawl(1), 1, Shard.All)[0].Article!);

        Assert.StartsWith("{\"id\":\"r1\",\"url\":\"https://example.org/1\",\"schemaVersion\":1,", line, StringComparison.Ordinal);
        Assert.Equal(1, line.Count(c => c == '\n'));
        Assert.EndsWith("}\n", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AJsonlLineReadsBackAsTheSameArticle()
    {
        var article = Convert(Crawl(1), 1, Shard.All)[0].Article!;

        var readBack = Core.Writing.Json.JsonArticleReader.Read(JsonlArticleWriter.ToLine(article));

        Assert.Equal(JsonlArticleWriter.ToLine(article), JsonlArticleWriter.ToLine(readBack));
    }

    [Fact]
    public void ShardsOfAStreamTogetherHoldEveryRecordOnce()
    {
        var whole = Convert(Crawl(40) + "{broken\n", 2, Shard.All);
        var parts = Enumerable.Range(1, 3).SelectMany(k => Convert(Crawl(40) + "{broken\n", 2, new Shard(k, 3))).ToList();

        Assert.Equal(whole.Select(c => c.Record.Line).Order(), parts.Select(c => c.Record.Line).Order());
    }

    [Fact]
    public void AnArticleFromAFileHasNoIdOrUrlField()
    {
        var article = ConversionPipeline.Default.Convert(Encoding.UTF8.GetBytes("Title\n\nBody paragraph here."), new ConversionOptions { SourcePath = "a.txt" });

        var json = JsonArticleWriter.ToJson(article);

        Assert.DoesNotContain("\"id\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"url\"", json, StringComparison.Ordinal);
    }
}
