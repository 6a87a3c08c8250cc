using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Convert.Core.Validation;
using Convert.Tests.Fixtures;
using static Convert.Tests.Validation.Validate;

namespace Convert.Tests.Validation;

/// <summary>
/// The bad converted outputs under <c>fixtures/bad-outputs/</c>, made from the no-bios fixture's clean outputs, and
/// the findings each must give. <c>DECLUTTER_ACCEPT=1</c> regenerates them.
/// </summary>
public sealed class BadOutputFixtureTests
{
    private static string Dir => Path.Combine(FixtureFiles.Root, "fixtures", "bad-outputs");

    private static bool Accepting => Environment.GetEnvironmentVariable("DECLUTTER_ACCEPT") is "1" or "true";

    private static JsonNode CleanJson() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFiles.TextDir, "no-bios.expected.json")))!;

    private static string Serialize(JsonNode json) =>
        json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>The clean JSON with a "Share." paragraph left at the end of the body.</summary>
    private static string LeftoverShare()
    {
        var json = CleanJson();
        var body = json["body"]!.AsArray();
        var last = body[^1]!["source"]!["endLine"]!.GetValue<int>();
        body.Add(new JsonObject
        {
            ["type"] = "paragraph",
            ["text"] = "Share.",
            ["source"] = new JsonObject { ["startLine"] = last + 2, ["endLine"] = last + 2 },
        });
        return Serialize(json);
    }

    /// <summary>The clean JSON of an article the cleaning left nothing of.</summary>
    private static string EmptyArticle()
    {
        var json = CleanJson();
        json["body"] = new JsonArray();
        return Serialize(json);
    }

    private static byte[] Fixture(string name, byte[] generated)
    {
        var path = Path.Combine(Dir, name);
        if (Accepting)
        {
            Directory.CreateDirectory(Dir);
            File.WriteAllBytes(path, generated);
        }
        Assert.True(File.Exists(path), $"{name} is missing; run the tests with DECLUTTER_ACCEPT=1 to create it.");
        return File.ReadAllBytes(path);
    }

    [Fact]
    public void LeftoverShareJsonIsLeftoverClutter()
    {
        var bytes = Fixture("leftover-share.json", Encoding.UTF8.GetBytes(LeftoverShare()));
        Assert.Equal(LeftoverShare(), Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal));

        var finding = Assert.Single(FileValidator.Validate("leftover-share.json", bytes, FileKind.Json, Settings()));
        Assert.Equal((ValidationRules.LeftoverClutter, Severity.Error, "$.body[4].text"), (finding.RuleId, finding.Severity, finding.Location));
        Assert.NotNull(finding.Line);
    }

    [Fact]
    public void EmptyArticleJsonHasNoBody()
    {
        var bytes = Fixture("empty-article.json", Encoding.UTF8.GetBytes(EmptyArticle()));
        Assert.Equal(EmptyArticle(), Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.Equal([ValidationRules.NoBody], FileValidator.Validate("empty-article.json", bytes, FileKind.Json, Settings()).Ids());
    }

    [Fact]
    public void InvalidPartDocxHasOneValidatorError()
    {
        var generated = Docx.WithInvalidPart();
        var bytes = Fixture("invalid-part.docx", generated);
        // Compared part by part: the zip bytes depend on the runtime's deflate.
        Assert.Equal(Docx.ReadPart(generated, "word/document.xml"), Docx.ReadPart(bytes, "word/document.xml"));
        Assert.Contains(Docx.InvalidElement, Docx.ReadPart(bytes, "word/document.xml"), StringComparison.Ordinal);

        var finding = Assert.Single(FileValidator.Validate("invalid-part.docx", bytes, FileKind.Docx, Settings()));
        Assert.Equal(ValidationRules.DocxValidator, finding.RuleId);
    }
}
