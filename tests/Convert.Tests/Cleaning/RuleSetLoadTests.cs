using Convert.Core.Cleaning;
using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class RuleSetLoadTests
{
    [Fact]
    public void ConfigWithoutCleaningSectionGivesTheBuiltInRules()
    {
        var rules = RuleSet.Load("""{ "output": { "format": "docx" } }""");
        Assert.Equal(RuleSet.BuiltIn.Rules.Select(r => r.Id), rules.Rules.Select(r => r.Id));
    }

    [Fact]
    public void DisabledRuleNoLongerFires()
    {
        var rules = RuleSet.Load("""{ "cleaning": { "disable": ["advertisement"] } }""");
        Assert.DoesNotContain(rules.Rules, r => r.Id == "advertisement");
        var cleaned = Clean(Blocks(Body1, "Advertisement", Body2), rules);
        Assert.Equal([Body1, "Advertisement", Body2], cleaned.Kept());
    }

    [Fact]
    public void AddedRuleFiresWithItsOwnIdAndCategory()
    {
        const string config = """
            // comments are allowed
            {
              "cleaning": {
                "add": [
                  { "id": "ferry-promo", "category": "ads", "description": "House ad", "phrases": ["Book your ferry ticket now!"] },
                  { "id": "sponsor-line", "category": "ads", "pattern": "^brought to you by \\w+$", "action": "stop" },
                ]
              }
            }
            """;
        var rules = RuleSet.Load(config);
        var added = rules.Rules[^2];
        Assert.Equal(new Rule("ferry-promo", "ads", "House ad", RuleAction.Remove, RuleScope.Anywhere), added with { Matcher = RuleMatcher.Never });
        var cleaned = Clean(Blocks(Body1, "BOOK YOUR FERRY TICKET NOW!", Body2, "Brought to you by Acme", Bio), rules);
        Assert.Equal([Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal(["ferry-promo: BOOK YOUR FERRY TICKET NOW!", "sponsor-line: Brought to you by Acme"], cleaned.Removed());
        Assert.Equal(2, cleaned.TailStart);
    }

    [Theory]
    [InlineData("""{ "cleaning": { "disable": ["no-such-rule"] } }""", "config cleaning.disable[0]: unknown rule id \"no-such-rule\"")]
    [InlineData("""{ "cleaning": { "add": [ { "id": "bad", "category": "x", "pattern": "(" } ] } }""", "config cleaning.add[0] (\"bad\"): invalid pattern:")]
    [InlineData("""{ "cleaning": { "add": [ { "category": "x", "phrases": ["a"] } ] } }""", "config cleaning.add[0]: a rule needs an \"id\"")]
    [InlineData("""{ "cleaning": { "add": [ { "id": "Bad_Id", "category": "x", "phrases": ["a"] } ] } }""", "config cleaning.add[0] (\"Bad_Id\"): the id must be kebab-case")]
    [InlineData("""{ "cleaning": { "add": [ { "id": "share-row", "category": "x", "phrases": ["a"] } ] } }""", "config cleaning.add[0]: rule id \"share-row\" already exists")]
    [InlineData("""{ "cleaning": { "add": [ { "id": "two", "category": "x", "phrases": ["a"], "pattern": "a" } ] } }""", "config cleaning.add[0] (\"two\"): give exactly one of")]
    [InlineData("""{ "cleaning": { "add": [ { "id": "act", "category": "x", "phrases": ["a"], "action": "explode" } ] } }""", "config cleaning.add[0] (\"act\"): unknown action \"explode\"")]
    [InlineData("""{ "cleaning": { "add": [ { "id": "typo", "category": "x", "phrase": ["a"] } ] } }""", "config: invalid JSON")]
    [InlineData("""{ "cleaning": { "disable": [ }""", "config: invalid JSON at line 1")]
    public void InvalidConfigThrowsWithAOneLineMessageSayingWhere(string json, string expectedStart)
    {
        var error = Assert.Throws<RuleConfigException>(() => RuleSet.Load(json));
        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
