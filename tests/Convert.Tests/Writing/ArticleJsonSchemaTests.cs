using System.Text.Json.Nodes;
using Convert.Core.Model;
using Convert.Core.Writing;
using Json.Schema;

namespace Convert.Tests.Writing;

public class ArticleJsonSchemaTests
{
    public static TheoryData<string> Samples => ["empty", "minimal", "full", "html-paths", "deep-heading"];

    private static Article Sample(string name) => name switch
    {
        "empty" => SampleArticles.Empty,
        "minimal" => SampleArticles.Minimal,
        "full" => SampleArticles.Full,
        "html-paths" => new Article
        {
            Body = [new Paragraph([new Run("only link", LinkUrl: "https://a.example")], new SourceSpan(0, 0, "article/p[1]"))],
            Removals = [new Removal("cookie-notice", "cookie", "We use cookies.", new SourceSpan(0, 0, "div#cookie"))],
        },
        _ => new Article { Body = [new Heading(6, "Deep", SourceSpan.None), new ListBlock(true, [], SourceSpan.None)] },
    };

    [Fact]
    public void SchemaIsDraft202012WithAnId()
    {
        var schema = JsonNode.Parse(ArticleJsonSchema.Text)!;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal("https://declutter.invalid/schemas/article/v2.json", (string?)schema["$id"]);
        Assert.False((bool)schema["additionalProperties"]!);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void WriterOutputIsValid(string sample)
    {
        var json = JsonArticleWriter.ToJson(Sample(sample));

        Assert.Empty(ArticleJsonSchema.Validate(json));
        // Cross-check with a schema built here, independently of the helper in Core.
        var results = JsonSchema.FromText(ArticleJsonSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() })
            .Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid);
    }

    [Theory]
    [InlineData("missing-field", "", "required")]
    [InlineData("wrong-type", "/title", "type")]
    [InlineData("unknown-block-type", "/body/0/type", "enum")]
    [InlineData("extra-property", "/metadata/author", "additionalProperties")]
    [InlineData("extra-block-property", "/body/0/style", "additionalProperties")]
    [InlineData("bad-link-kind", "/authors/0/links/0/kind", "enum")]
    [InlineData("heading-level-too-deep", "/body/1/level", "maximum")]
    [InlineData("bad-date", "/metadata/published", "pattern")]
    [InlineData("half-a-line-range", "/body/0/source", "dependentRequired")]
    [InlineData("null-in-bio", "/authors/0/bio/0", "type")]
    public void InvalidDocumentsFailWithTheirPath(string change, string expectedPath, string expectedKeyword)
    {
        var json = Break(JsonNode.Parse(JsonArticleWriter.ToJson(SampleArticles.Full))!.AsObject(), change);

        var errors = ArticleJsonSchema.Validate(json);

        Assert.Contains(errors, e => e.Path == expectedPath && e.Message.StartsWith(expectedKeyword + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void OneViolationIsReportedOnceWithoutNoiseFromOtherBlockTypes()
    {
        var json = Break(JsonNode.Parse(JsonArticleWriter.ToJson(SampleArticles.Full))!.AsObject(), "extra-block-property");

        var error = Assert.Single(ArticleJsonSchema.Validate(json));

        Assert.Equal(("/body/0/style", "additionalProperties: All values fail against the false schema"), error);
    }

    [Fact]
    public void TextThatIsNotJsonIsOneProblem()
    {
        var error = Assert.Single(ArticleJsonSchema.Validate("{ not json"));

        Assert.Equal("", error.Path);
        Assert.StartsWith("not valid JSON: ", error.Message, StringComparison.Ordinal);
    }

    private static string Break(JsonObject root, string change)
    {
        var body = root["body"]!.AsArray();
        var author = root["authors"]![0]!.AsObject();
        switch (change)
        {
            case "missing-field": root.Remove("warnings"); break;
            case "wrong-type": root["title"] = 42; break;
            case "unknown-block-type": body[0]!["type"] = "sidebar"; break;
            case "extra-property": root["metadata"]!["author"] = "someone"; break;
            case "extra-block-property": body[0]!["style"] = "lead"; break;
            case "bad-link-kind": author["links"]![0]!["kind"] = "mastodon"; break;
            case "heading-level-too-deep": body[1]!["level"] = 4; break;
            case "bad-date": root["metadata"]!["published"] = "May 6, 2024"; break;
            case "half-a-line-range": body[0]!["source"]!.AsObject().Remove("endLine"); break;
            case "null-in-bio": author["bio"]![0] = null; break;
            default: throw new ArgumentException(change, nameof(change));
        }
        return root.ToJsonString();
    }
}
