using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Core.Writing.Json;

namespace Convert.Tests.Writing;

public class StructureJsonTests
{
    [Fact]
    public void CodeBlock_IsWrittenAsSchemaVersion2AndValidates()
    {
        var json = JsonArticleWriter.ToJson(StructureArticles.WithStructure);

        Assert.Contains("\"schemaVersion\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"code\"", json, StringComparison.Ordinal);
        Assert.Contains("\"language\": \"python\"", json, StringComparison.Ordinal);
        Assert.Empty(ArticleJsonSchema.Validate(json));
    }

    [Fact]
    public void ArticleWithoutCode_StaysVersion1WithTheOptionalListFields()
    {
        var json = JsonArticleWriter.ToJson(StructureArticles.WithoutCode);

        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"start\": 5", json, StringComparison.Ordinal);
        Assert.Contains("\"level\": 2", json, StringComparison.Ordinal);
        Assert.Empty(ArticleJsonSchema.Validate(json));
    }

    [Fact]
    public void WriteRead_KeepsLevelsStartPositionsAndCode()
    {
        var json = JsonArticleWriter.ToJson(StructureArticles.WithStructure);
        var article = JsonArticleReader.Read(json);

        Assert.Equal(json, JsonArticleWriter.ToJson(article));
        var list = Assert.IsType<ListBlock>(article.Body[2]);
        Assert.Equal(5, list.Start);
        Assert.Equal([0, 0, 1, 1, 0, 1, 2, 0], list.Items.Select(i => i.Level));
        Assert.Equal([true, true, true, true, true, false, false, true], list.Items.Select(list.IsOrdered));
        var runs = Assert.IsType<Paragraph>(article.Body[0]).Runs;
        Assert.Equal(RunPosition.Subscript, runs[1].Position);
        Assert.Equal(RunPosition.Superscript, runs[3].Position);
        Assert.True(runs[5].Code);
        var code = Assert.IsType<CodeBlock>(article.Body[3]);
        Assert.Equal(("def height_m(p):\n    return p / 1025.0  # metres", "python"), (code.Text, code.Language));
    }

    [Fact]
    public void Version1FileWrittenBeforeTheNewFields_StillReads()
    {
        const string json = """
            { "schemaVersion": 1, "title": "Old", "metadata": { "sourcePath": null, "sourceUrl": null, "siteName": null,
              "language": null, "published": null, "byline": null, "republishedFrom": null, "republishedNote": null, "tags": [] },
              "body": [ { "type": "list", "ordered": true, "items": [ { "text": "one" }, { "text": "two" } ], "source": null } ],
              "authors": [], "removals": [], "warnings": [] }
            """;

        var list = Assert.IsType<ListBlock>(Assert.Single(JsonArticleReader.Read(json).Body));

        Assert.Equal(1, list.Start);
        Assert.All(list.Items, i => Assert.Equal(0, i.Level));
    }

    [Fact]
    public void CodeBlockInVersion1_IsRejectedWithItsPath()
    {
        var json = JsonArticleWriter.ToJson(StructureArticles.WithStructure).Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1", StringComparison.Ordinal);

        var error = Assert.Throws<JsonArticleFormatException>(() => JsonArticleReader.Read(json));

        Assert.Contains("$.body[3]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemTwoLevelsDeeperThanTheOneBefore_IsRejected()
    {
        var json = JsonArticleWriter.ToJson(StructureArticles.WithoutCode).Replace("\"level\": 1", "\"level\": 3", StringComparison.Ordinal);

        var error = Assert.Throws<JsonArticleFormatException>(() => JsonArticleReader.Read(json));

        Assert.Contains("$.body[0].items[2].level", error.Message, StringComparison.Ordinal);
    }
}
