using Convert.Core.Cleaning;
using Convert.Core.Validation;

namespace Convert.Tests.Validation;

public class SeverityOverrideTests
{
    [Fact]
    public void OverridesAreReadInOrderWithOneOrManyGlobs()
    {
        var overrides = SeverityOverride.Load("""
            { "overrides": [
                { "files": "legacy/**", "rules": { "truncated": "off" } },
                { "files": ["a/*.txt", "b/**"], "rules": { "short-body": "info", "mojibake": "warn" } } ] }
            """);

        Assert.Equal(2, overrides.Count);
        Assert.Equal(["legacy/**"], overrides[0].Files);
        Assert.Null(overrides[0].Rules["truncated"]);
        Assert.Equal(["a/*.txt", "b/**"], overrides[1].Files);
        Assert.Equal(Severity.Warning, overrides[1].Rules["mojibake"]);
    }

    [Fact]
    public void NoSectionMeansNoOverrides()
    {
        Assert.Empty(SeverityOverride.Load("""{ "rules": {} }"""));
        Assert.Empty(SeverityOverride.Load(null));
    }

    [Fact]
    public void AnUnknownRuleInAnOverrideIsAnErrorWithItsPath()
    {
        var error = Assert.Throws<RuleConfigException>(() =>
            SeverityOverride.Load("""{ "overrides": [ { "files": "x/**", "rules": { "truncatd": "off" } } ] }"""));

        Assert.Equal("$.overrides[0].rules.truncatd: unknown rule id \"truncatd\"; did you mean \"truncated\"?", error.Message);
    }

    [Fact]
    public void WithLaysChangesOverTheSeverities()
    {
        var severities = RuleSeverities.Defaults
            .With(new Dictionary<string, Severity?> { ["truncated"] = Severity.Error })
            .With(new Dictionary<string, Severity?> { ["truncated"] = null, ["mojibake"] = Severity.Info });

        Assert.Null(severities.For("truncated"));
        Assert.Equal(Severity.Info, severities.For("mojibake"));
        Assert.Equal(Severity.Error, severities.For("no-body"));
    }

    [Fact]
    public void RestrictKeepsTheSelectedRulesAndDropsTheIgnoredOnes()
    {
        var severities = RuleSeverities.Defaults.Restrict(["truncated", "mojibake"], ["mojibake"]);

        Assert.Equal(Severity.Warning, severities.For("truncated"));
        Assert.Null(severities.For("mojibake"));
        Assert.Null(severities.For("no-body"));
        Assert.Equal(Severity.Error, RuleSeverities.Defaults.Restrict([], ["truncated"]).For("no-body"));
    }
}
