using Convert.Core.Cleaning;
using Convert.Core.Validation;
using static Convert.Tests.Validation.Validate;

namespace Convert.Tests.Validation;

public class RuleSeveritiesTests
{
    [Fact]
    public void EveryRuleHasAUniqueKebabCaseIdAndADescription()
    {
        Assert.Equal(ValidationRules.All.Count, ValidationRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(ValidationRules.All, r => Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Id));
        Assert.All(ValidationRules.All, r => Assert.EndsWith(".", r.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAConfigEveryRuleHasItsDefault() =>
        Assert.All(ValidationRules.All, r => Assert.Equal(r.DefaultSeverity, RuleSeverities.Load(null).For(r.Id)));

    [Fact]
    public void TheConfigChangesSeveritiesAndTurnsRulesOff()
    {
        var severities = RuleSeverities.Load("""
            // comments are allowed
            { "cleaning": { "disable": [] }, "rules": { "truncated": "error", "clutter-removed": "off", "schema": "warn", } }
            """);

        Assert.Equal(Severity.Error, severities.For(ValidationRules.Truncated));
        Assert.Null(severities.For(ValidationRules.ClutterRemoved));
        Assert.Equal(Severity.Warning, severities.For(ValidationRules.Schema));
        Assert.Equal(Severity.Error, severities.For(ValidationRules.NoBody));
    }

    [Fact]
    public void FindingsFollowTheConfig()
    {
        var severities = RuleSeverities.Load("""{ "rules": { "clutter-removed": "off", "truncated": "error" } }""");
        var text = CleanArticle.Replace("its upkeep.", "its upkeep", StringComparison.Ordinal) + "\nShare this:\n";

        var findings = TextFile(text, Settings(severities));

        Assert.Equal([ValidationRules.Truncated], findings.Ids());
        Assert.Equal(Severity.Error, findings[0].Severity);
    }

    [Theory]
    [InlineData("""{ "rules": { "no-such-rule": "error" } }""", "unknown rule id \"no-such-rule\"")]
    [InlineData("""{ "rules": { "truncated": "fatal" } }""", "rules.truncated: \"fatal\" is not")]
    [InlineData("""{ "rules": { "truncated": 2 } }""", "rules.truncated: expected")]
    [InlineData("""{ "rules": ["truncated"] }""", "rules: expected an object")]
    public void BadRuleSectionsAreConfigErrors(string json, string message)
    {
        var e = Assert.Throws<RuleConfigException>(() => RuleSeverities.Load(json));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCleaningLoaderIgnoresTheRulesSection() =>
        Assert.Equal(RuleSet.BuiltIn.Rules.Count - 1,
            RuleSet.Load("""{ "rules": { "truncated": "off" }, "cleaning": { "disable": ["site-menu"] } }""").Rules.Count);
}
