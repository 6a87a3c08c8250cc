using System.IO.Compression;
using System.Text;
using Convert.Core;
using Convert.Core.Reading;
using Convert.Core.Streams;

namespace Convert.Tests.Streams;

/// <summary>Reading a JSONL crawl record by record: ids, urls, content kinds, broken lines with their numbers, gzip.</summary>
public sealed class JsonlRecordsTests
{
    private static IRecordStreamReader Reader => (IRecordStreamReader)InputReaders.For(InputFormat.Jsonl, null, []);

    private static List<StreamRecord> Read(string jsonl) => Read(Encoding.UTF8.GetBytes(jsonl));

    private static List<StreamRecord> Read(byte[] bytes) => [.. Reader.ReadRecords(new MemoryStream(bytes))];

    [Fact]
    public void RecordsKeepTheirIdUrlAndLineInStreamOrder()
    {
        var records = Read("""
            {"id":"a","url":"https://example.org/a","html":"<p>A</p>"}
            {"id":7,"text":"Seven"}
            {"url":"https://example.org/c","text":"C","status":200}
            """);

        Assert.Equal(["a", "7", null], records.Select(r => r.Key.Id));
        Assert.Equal(["https://example.org/a", null, "https://example.org/c"], records.Select(r => r.Key.Url));
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Null(r.Problem));
    }

    [Theory]
    [InlineData("{broken", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object, not an array")]
    [InlineData("""{"id":true,"text":"x"}""", "\"id\" must be a string or a number")]
    [InlineData("""{"id":"x","html":5}""", "\"html\" must be a string, not a number")]
    [InlineData("""{"id":"x"}""", "needs an \"html\" or a \"text\" field")]
    [InlineData("""{"id":"x","html":"<p>a</p>","text":"a"}""", "both \"html\" and \"text\"")]
    public void ABrokenLineSaysWhyAndTheStreamGoesOn(string line, string problem)
    {
        var records = Read($"{{\"id\":\"first\",\"text\":\"One\"}}\n{line}\n{{\"id\":\"last\",\"text\":\"Three\"}}\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Contains(problem, records[1].Problem, StringComparison.Ordinal);
        Assert.Equal("last", records[2].Key.Id);
        Assert.Null(records[2].Problem);
    }

    [Fact]
    public void BlankLinesAreSkippedButStillCounted()
    {
        var records = Read("{\"id\":\"a\",\"text\":\"A\"}\r\n\r\n   \n{\"id\":\"b\",\"text\":\"B\"}");

        Assert.Equal([1L, 4L], records.Select(r => r.Line));
    }

    [Fact]
    public void GzipIsRecognisedByItsBytes()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes("{\"id\":\"z\",\"text\":\"Zipped\"}\n{\"id\":\"y\",\"text\":\"Too\"}\n"));

        var records = Read(compressed.ToArray());

        Assert.Equal(["z", "y"], records.Select(r => r.Key.Id));
    }

    [Fact]
    public void ARecordIsReadAsHtmlOrTextWithItsKeyAndUrlAsLinkBase()
    {
        var record = Read("""{"id":"p","url":"https://example.org/news/p","html":"<html><body><article><p>Body text with a <a href=\"/about\">relative link</a> in a sentence long enough to be prose, with commas, and words.</p></article></body></html>"}""")[0];

        var article = ConversionPipeline.Default.Convert(record.Read(new ReaderContext(null, ConversionPipeline.Default.Rules)), ConversionOptions.Default);

        Assert.Equal(new Core.Model.RecordKey("p", "https://example.org/news/p"), article.Record);
        Assert.Equal("https://example.org/news/p", article.Metadata.SourceUrl);
        var link = Assert.Single(article.Body.OfType<Core.Model.Paragraph>().SelectMany(p => p.Runs), r => r.LinkUrl is not null);
        Assert.Equal("https://example.org/about", link.LinkUrl);
    }

    [Fact]
    public void AJsonlInputOfOneRecordConvertsAsOneArticle()
    {
        var article = ConversionPipeline.Default.Convert(
            Encoding.UTF8.GetBytes("{\"id\":\"one\",\"text\":\"Title line\\n\\nA paragraph of the body.\"}\n"),
            new ConversionOptions { SourcePath = "one.jsonl" });

        Assert.Equal("one", article.Record?.Id);
    }

    [Fact]
    public void AJsonlInputOfSeveralRecordsIsNotOneArticle()
    {
        var e = Assert.Throws<InputFormatException>(() => ConversionPipeline.Default.Convert(
            Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"A\"}\n{\"id\":\"b\",\"text\":\"B\"}\n"),
            new ConversionOptions { Format = InputFormat.Jsonl }));

        Assert.Contains("more than one record", e.Message, StringComparison.Ordinal);
    }
}
