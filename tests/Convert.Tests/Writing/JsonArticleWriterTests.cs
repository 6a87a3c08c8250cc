using System.Text;
using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Tests.Writing;

public class JsonArticleWriterTests
{
    private static byte[] WriteBytes(Article article)
    {
        using var buffer = new MemoryStream();
        new JsonArticleWriter().Write(article, buffer, WriterOptions.Default);
        return buffer.ToArray();
    }

    [Fact]
    public void MinimalArticleIsWrittenInFixedShape()
    {
        const string expected = """
            {
              "schemaVersion": 1,
              "title": "Rain Gardens",
              "subtitle": null,
              "metadata": {
                "sourcePath": "in/rain.txt",
                "sourceUrl": null,
                "siteName": null,
                "language": null,
                "published": null,
                "byline": null,
                "republishedFrom": null,
                "republishedNote": null,
                "tags": []
              },
              "body": [
                {
                  "type": "paragraph",
                  "text": "Water finds its way.",
                  "source": {
                    "startLine": 3,
                    "endLine": 3
                  }
                }
              ],
              "authors": [],
              "removals": [],
              "warnings": []
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), JsonArticleWriter.ToJson(SampleArticles.Minimal));
    }

    [Fact]
    public void EmptyArticleKeepsEveryKeyWithNullsAndEmptyArrays()
    {
        var json = JsonArticleWriter.ToJson(SampleArticles.Empty);

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"title\": null,\n  \"subtitle\": null,\n  \"metadata\": {\n    \"sourcePath\": null,", json, StringComparison.Ordinal);
        Assert.EndsWith("\"body\": [],\n  \"authors\": [],\n  \"removals\": [],\n  \"warnings\": []\n}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputIsUtf8WithoutBomLfOnlyWithFinalNewline()
    {
        var bytes = WriteBytes(SampleArticles.Full);

        Assert.Equal((byte)'{', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.NotEqual((byte)'\n', bytes[^2]);
    }

    [Fact]
    public void SameArticleGivesSameBytes()
    {
        var copy = SampleArticles.Full with { Body = [.. SampleArticles.Full.Body] };

        Assert.Equal(WriteBytes(SampleArticles.Full), WriteBytes(copy));
    }

    [Fact]
    public void NonAsciiTextIsWrittenAsIsWhileJsonSpecialsAreEscaped()
    {
        var article = new Article { Title = "“Café” — <b>&'\"\\\t" };

        var json = JsonArticleWriter.ToJson(article);

        Assert.Contains("\"title\": \"“Café” — <b>&'\\\"\\\\\\t\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CharactersOutsideTheBasicPlaneAreWrittenAsIs()
    {
        var article = new Article { Title = "Go 😀 \\uD83D\\uDE00" };

        var json = JsonArticleWriter.ToJson(article);

        // The emoji stays readable; the literal backslash text (already escaped as \\) is left alone.
        Assert.Contains("\"title\": \"Go 😀 \\\\uD83D\\\\uDE00\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlAndLineSeparatorCharactersStayEscaped()
    {
        var json = JsonArticleWriter.ToJson(new Article { Title = "a\u0007b\u2028c" });

        Assert.Contains("\"title\": \"a\\u0007b\\u2028c\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RunsAreWrittenOnlyForFormattedBlocks()
    {
        var json = JsonArticleWriter.ToJson(SampleArticles.Full);

        const string formatted = """
                  "runs": [
                    {
                      "text": "Streets are ",
                      "bold": false,
                      "italic": false,
                      "link": null
                    },
                    {
                      "text": "loud",
                      "bold": true,
                      "italic": false,
                      "link": null
                    },
            """;
        Assert.Contains(formatted.ReplaceLineEndings("\n"), json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"Streets are loud, said the survey.\",", json, StringComparison.Ordinal);
        // The two formatted paragraphs and the one with a run in another language; the plain blocks have none.
        Assert.Equal(3, CountOf(json, "\"runs\""));
        Assert.Contains("\"lang\": \"fr-FR\"", json, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(json, "\"lang\""));
    }

    [Fact]
    public void BlocksCarryTheirTypeFirstAndTheirOwnFields()
    {
        var json = JsonArticleWriter.ToJson(SampleArticles.Full);

        Assert.Contains("{\n      \"type\": \"heading\",\n      \"level\": 1,\n      \"text\": \"What we measured\",", json, StringComparison.Ordinal);
        Assert.Contains("{\n      \"type\": \"list\",\n      \"ordered\": true,\n      \"items\": [\n        {\n          \"text\": \"Morning\"\n        },", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"quote\",\n      \"text\": \"Silence is rare.\",\n      \"source\": {\n        \"startLine\": 14,\n        \"endLine\": 14,\n        \"path\": \"body/blockquote[1]\"\n      }", json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"Closing words.\",\n      \"source\": null\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementPathWithoutLinesWritesOnlyThePath()
    {
        var article = new Article { Body = [new Paragraph("x", new SourceSpan(0, 0, "main/p[2]"))] };

        var json = JsonArticleWriter.ToJson(article);

        Assert.Contains("\"source\": {\n        \"path\": \"main/p[2]\"\n      }", json, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorsAndRemovalsAreWrittenWithAllFields()
    {
        var json = JsonArticleWriter.ToJson(SampleArticles.Full);

        const string tom = """
                {
                  "name": "Tom Bell",
                  "honorific": null,
                  "role": null,
                  "bio": [],
                  "links": []
                }
            """;
        const string removal = """
              "removals": [
                {
                  "ruleId": "share-button",
                  "category": "share",
                  "text": "Share.",
                  "source": {
                    "startLine": 20,
                    "endLine": 20
                  }
                }
              ],
            """;
        Assert.Contains(tom.ReplaceLineEndings("\n"), json, StringComparison.Ordinal);
        Assert.Contains(removal.ReplaceLineEndings("\n"), json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"x\",\n          \"label\": \"@anaruiz\",\n          \"url\": \"https://x.com/anaruiz\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingDeeperThanThreeIsFoldedIntoThree()
    {
        var article = new Article { Body = [new Heading(5, "Deep", SourceSpan.None)] };

        Assert.Contains("\"level\": 3,", JsonArticleWriter.ToJson(article), StringComparison.Ordinal);
    }

    [Fact]
    public void WriterDescribesItsFormat()
    {
        var writer = new JsonArticleWriter();

        Assert.Equal(("json", ".json", false), (writer.Format, writer.Extension, writer.IsBinary));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
