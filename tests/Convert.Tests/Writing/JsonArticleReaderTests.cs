using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Core.Writing.Json;

namespace Convert.Tests.Writing;

public class JsonArticleReaderTests
{
    public static TheoryData<string> Samples => ["empty", "minimal", "full"];

    private static Article Sample(string name) => name switch
    {
        "empty" => SampleArticles.Empty,
        "minimal" => SampleArticles.Minimal,
        _ => SampleArticles.Full,
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void WriteReadWriteGivesTheSameJson(string sample)
    {
        var json = JsonArticleWriter.ToJson(Sample(sample));

        Assert.Equal(json, JsonArticleWriter.ToJson(JsonArticleReader.Read(json)));
    }

    [Fact]
    public void ReadRestoresTheModel()
    {
        var article = JsonArticleReader.Read(JsonArticleWriter.ToJson(SampleArticles.Full));

        var first = Assert.IsType<Paragraph>(article.Body[0]);
        Assert.Equal(new Run("loud", Bold: true), first.Runs[1]);
        Assert.Equal(new SourceSpan(3, 4), first.Source);
        Assert.Equal(new SourceSpan(14, 14, "body/blockquote[1]"), article.Body[4].Source);
        Assert.Same(SourceSpan.None, article.Body[5].Source);
        Assert.Equal([Run.Plain("Closing words.")], ((Paragraph)article.Body[5]).Runs);
        Assert.Equal("Dr Ana Ruiz", article.Authors[0].DisplayName);
        Assert.Equal(["cities", "noise"], article.Metadata.Tags);
        Assert.Equal(SampleArticles.Full.Removals, article.Removals);
    }

    [Fact]
    public void ReadFromStreamMatchesReadFromText()
    {
        var json = JsonArticleWriter.ToJson(SampleArticles.Full);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, JsonArticleWriter.ToJson(JsonArticleReader.Read(stream)));
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"title":null,"metadata":{"sourcePath":null,"sourceUrl":null,"siteName":null,"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null,"tags":[]},"body":[{"type":"heading","level":"two","text":"x","source":null}],"authors":[],"removals":[],"warnings":[]}""", "$.body[0].level")]
    [InlineData("""{"schemaVersion":1,"title":null,"metadata":{"sourcePath":null,"sourceUrl":null,"siteName":null,"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null,"tags":[]},"body":[{"type":"sidebar","text":"x","source":null}],"authors":[],"removals":[],"warnings":[]}""", "$.body[0]")]
    [InlineData("""{"schemaVersion":1,"title":null,"metadata":{"sourcePath":null,"sourceUrl":null,"siteName":null,"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null,"tags":[]},"body":[],"authors":[{"name":"A","honorific":null,"role":null,"bio":[],"links":[],"age":3}],"removals":[],"warnings":[]}""", "$.authors[0].age")]
    [InlineData("""{"schemaVersion":1,"title":null,"metadata":{"sourcePath":null,"sourceUrl":null,"siteName":null,"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null,"tags":[]},"body":[{"type":"heading","level":4,"text":"x","source":null}],"authors":[],"removals":[],"warnings":[]}""", "$.body[0].level")]
    [InlineData("""{"schemaVersion":1,"title":null,"metadata":{"sourcePath":null,"sourceUrl":null,"siteName":null,"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null,"tags":[]},"body":[{"type":"paragraph","text":"ab","runs":[{"text":"a","bold":true,"italic":false,"link":null}],"source":null}],"authors":[],"removals":[],"warnings":[]}""", "$.body[0].runs")]
    [InlineData("""{"schemaVersion":1,"title":null,"metadata":{"sourcePath":null,"sourceUrl":null,"siteName":null,"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null,"tags":[null]},"body":[],"authors":[],"removals":[],"warnings":[]}""", "$.metadata.tags[0]")]
    [InlineData("""{"schemaVersion":3,"title":null,"metadata":{"sourcePath":null,"sourceUrl":null,"siteName":null,"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null,"tags":[]},"body":[],"authors":[],"removals":[],"warnings":[]}""", "$.schemaVersion")]
    [InlineData("""{"schemaVersion":1,"title":null,"metadata":{"sourcePath":null,"sourceUrl":null,"siteName":null,"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null,"tags":[]},"body":[{"type":"quote","text":"q","source":{"startLine":2}}],"authors":[],"removals":[],"warnings":[]}""", "$.body[0].source")]
    [InlineData("""{"schemaVersion":1,"title":null,"body":[],"authors":[],"removals":[],"warnings":[]}""", "$")]
    [InlineData("""{"schemaVersion":1,"title":""", "$.title")]
    [InlineData("null", "$")]
    public void BadJsonThrowsNamingThePath(string json, string expectedPath)
    {
        var error = Assert.Throws<JsonArticleFormatException>(() => JsonArticleReader.Read(json));

        Assert.Equal(expectedPath, error.JsonPath);
        Assert.StartsWith($"Invalid article JSON at {expectedPath}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredFieldIsNamedInTheMessage()
    {
        const string json = """{"schemaVersion":1,"title":null,"body":[],"authors":[],"removals":[],"warnings":[]}""";

        var error = Assert.Throws<JsonArticleFormatException>(() => JsonArticleReader.Read(json));

        Assert.Contains("metadata", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PropertiesMayComeInAnyOrder()
    {
        const string json = """{"warnings":[],"removals":[],"authors":[],"body":[{"source":null,"text":"x","type":"quote"}],"metadata":{"tags":[],"sourcePath":null,"sourceUrl":null,"siteName":null,"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null},"title":"T","schemaVersion":1}""";

        var article = JsonArticleReader.Read(json);

        var quote = Assert.IsType<Quote>(article.Body[0]);
        Assert.Equal(("T", "x", SourceSpan.None), (article.Title, quote.PlainText, quote.Source));
    }
}
