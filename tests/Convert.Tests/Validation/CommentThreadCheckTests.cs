using System.Text.Json.Nodes;
using Convert.Core.Validation;
using Convert.Tests.Fixtures;
using static Convert.Tests.Validation.Validate;

namespace Convert.Tests.Validation;

public class CommentThreadCheckTests
{
    private const string Prose = "The council voted on Thursday to build protected cycling lanes on three of the busiest roads.";
    private const string MoreProse = "Work on the first section is due to begin in June and should take about four months.";
    private const string Comment = "Great news, I cycle that road every morning and it has been frightening for years.";

    private static string WithBody(params string[] paragraphs)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFiles.TextDir, "no-bios.expected.json")))!;
        json["body"] = new JsonArray(paragraphs.Select((p, i) => (JsonNode)new JsonObject
        {
            ["type"] = "paragraph",
            ["text"] = p,
            ["source"] = new JsonObject { ["startLine"] = i + 1, ["endLine"] = i + 1 },
        }).ToArray());
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    [Theory]
    [InlineData("Tom Roe says: March 3, 2025 at 11:40 am")]
    [InlineData("Anna Berger sagt:\n4. März 2025 um 09:12 Uhr")]
    [InlineData("Giulia Rossi — 9 marzo 2025 alle 12:30")]
    public void ACommentHeaderLeftInTheBodyIsAnError(string header)
    {
        var finding = Assert.Single(JsonFile(WithBody(Prose, MoreProse, header, Comment)), f => f.RuleId == ValidationRules.CommentThreadInBody);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("$.body[2].text", finding.Location);
        Assert.Contains("a comment header", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoNamesOverDatesAreAThreadButOneIsNot()
    {
        var two = JsonFile(WithBody(Prose, MoreProse, "Sophie Lambert\n12 March 2025, 14:05\n" + Comment, "Marc Dubreuil\n12 March 2025, 18:40\n" + Comment));
        var finding = Assert.Single(two, f => f.RuleId == ValidationRules.CommentThreadInBody);
        Assert.Contains("2 comment headers", finding.Message, StringComparison.Ordinal);

        var one = JsonFile(WithBody(Prose, "Opening ceremony\n14 June 2025, 10:00\n" + MoreProse));
        Assert.DoesNotContain(ValidationRules.CommentThreadInBody, one.Ids());
    }

    [Fact]
    public void AQuoteInTheBodyIsNotAThread() =>
        Assert.DoesNotContain(ValidationRules.CommentThreadInBody, JsonFile(WithBody(Prose, "The mayor says:", MoreProse)).Ids());

    [Theory]
    [MemberData(nameof(JsonOutputCheckerTests.Goldens), MemberType = typeof(JsonOutputCheckerTests))]
    public void NoGoldenOutputHoldsAThread(string name) =>
        Assert.DoesNotContain(ValidationRules.CommentThreadInBody,
            JsonFile(File.ReadAllText(Path.Combine(FixtureFiles.TextDir, name + ".expected.json"))).Ids());
}
