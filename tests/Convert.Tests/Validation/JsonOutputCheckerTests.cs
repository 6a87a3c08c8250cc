using System.Text.Json.Nodes;
using Convert.Core.Validation;
using Convert.Tests.Fixtures;
using static Convert.Tests.Validation.Validate;

namespace Convert.Tests.Validation;

public class JsonOutputCheckerTests
{
    public static TheoryData<string> Goldens() => new(FixtureFiles.TextFixtureNames());

    private static string Golden(string name) => File.ReadAllText(Path.Combine(FixtureFiles.TextDir, name + ".expected.json"));

    private static string WithBody(params string[] paragraphs)
    {
        var json = JsonNode.Parse(Golden("no-bios"))!;
        var body = new JsonArray(paragraphs.Select((p, i) => (JsonNode)new JsonObject
        {
            ["type"] = "paragraph",
            ["text"] = p,
            ["source"] = new JsonObject { ["startLine"] = i + 1, ["endLine"] = i + 1 },
        }).ToArray());
        json["body"] = body;
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private const string Prose = "The council voted on Thursday to build protected cycling lanes on three of the busiest roads.";
    private const string MoreProse = "Work on the first section is due to begin in June and should take about four months.";

    [Theory]
    [MemberData(nameof(Goldens))]
    public void OurOwnGoldenJsonHasNoErrors(string name) => Assert.Empty(JsonFile(Golden(name)).Ids(Severity.Error));

    [Fact]
    public void ShareLeftAtTheEndOfTheBodyIsLeftoverClutterWithPathAndLine()
    {
        var findings = JsonFile(WithBody(Prose, MoreProse, "Share."));

        var finding = Assert.Single(findings, f => f.RuleId == ValidationRules.LeftoverClutter);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("$.body[2].text", finding.Location);
        Assert.Contains("share-button", finding.Message, StringComparison.Ordinal);
        var lines = WithBody(Prose, MoreProse, "Share.").Split('\n');
        Assert.Contains("\"Share.\"", lines[finding.Line!.Value - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void AWeakMatchBetweenParagraphsIsOnlyPossibleClutter()
    {
        var findings = JsonFile(WithBody(Prose, "Print", MoreProse));

        Assert.Equal([ValidationRules.PossibleClutter], findings.Ids());
        Assert.Equal("$.body[1].text", findings[0].Location);
    }

    [Fact]
    public void StrongClutterAnywhereInTheBodyIsLeftover() =>
        Assert.Equal([ValidationRules.LeftoverClutter], JsonFile(WithBody(Prose, "Comments are closed.", MoreProse)).Ids());

    [Fact]
    public void ClutterInABioIsLeftover()
    {
        var json = JsonNode.Parse(Golden("about-the-author"))!;
        json["authors"]![0]!["bio"]!.AsArray().Add("Share this:");

        var finding = Assert.Single(JsonFile(json.ToJsonString()), f => f.RuleId == ValidationRules.LeftoverClutter);
        Assert.Equal("$.authors[0].bio[1]", finding.Location);
    }

    [Fact]
    public void AnEmptyBodyIsAnError() => Assert.Equal([ValidationRules.NoBody], JsonFile(WithBody()).Ids());

    [Fact]
    public void ADuplicateParagraphIsAWarning()
    {
        var finding = Assert.Single(JsonFile(WithBody(Prose, MoreProse, Prose)));
        Assert.Equal(ValidationRules.DuplicateParagraph, finding.RuleId);
        Assert.Equal("$.body[2].text", finding.Location);
    }

    [Fact]
    public void SchemaErrorsCarryTheirJsonPathAndLine()
    {
        var json = JsonNode.Parse(WithBody(Prose, MoreProse))!;
        json["body"]![1]!["type"] = "poem";
        var text = json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        var findings = JsonFile(text);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(ValidationRules.Schema, f.RuleId));
        var finding = Assert.Single(findings, f => f.Location == "$.body[1].type");
        Assert.Contains("\"poem\"", text.Split('\n')[finding.Line!.Value - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFieldIsASchemaError()
    {
        var json = JsonNode.Parse(Golden("no-bios"))!.AsObject();
        json.Remove("authors");

        var finding = Assert.Single(JsonFile(json.ToJsonString()));
        Assert.Equal(ValidationRules.Schema, finding.RuleId);
        Assert.Equal("$", finding.Location);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void TextThatIsNotJsonIsUnreadableWithItsLine()
    {
        var finding = Assert.Single(JsonFile("{\n  \"title\": \"x\",\n  oops\n}"));
        Assert.Equal(ValidationRules.Unreadable, finding.RuleId);
        Assert.Equal(3, finding.Line);
    }

    [Fact]
    public void ANullTitleIsAWarning()
    {
        var json = JsonNode.Parse(Golden("no-bios"))!;
        json["title"] = null;

        Assert.Equal([ValidationRules.MissingTitle], JsonFile(json.ToJsonString()).Ids(Severity.Warning));
    }

    private const string Mojibake = "It wasnâ€™t cheap, the mayor said on the steps of the hall.";

    [Fact]
    public void MojibakeIsReportedWithPathLineAndColumn()
    {
        var text = WithBody(Prose, Mojibake).Replace("\\u00E2\\u20AC\\u2122", "â€™", StringComparison.Ordinal);

        var finding = Assert.Single(JsonFile(text));

        Assert.Equal((ValidationRules.Mojibake, "$.body[1].text"), (finding.RuleId, finding.Location));
        var line = text.Split('\n')[finding.Line!.Value - 1];
        Assert.Equal(line.IndexOf("â€™", StringComparison.Ordinal) + 1, finding.Column);
    }

    [Fact]
    public void EscapedMojibakeIsFoundToo()
    {
        var text = WithBody(Prose, Mojibake);
        Assert.Contains("\\u20AC", text, StringComparison.Ordinal);

        var finding = Assert.Single(JsonFile(text));

        Assert.Equal((ValidationRules.Mojibake, "$.body[1].text"), (finding.RuleId, finding.Location));
        Assert.NotNull(finding.Line);
        Assert.Null(finding.Column);
    }
}
