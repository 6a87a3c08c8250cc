using System.Text.RegularExpressions;
using Convert.Core.Cleaning;

namespace Convert.Tests.Cleaning;

/// <summary>
/// The built-in rules' patterns are source-generated (no regex parsing at start-up); any other pattern is still
/// built at run time, with the same options.
/// </summary>
public sealed class BuiltInRulePatternsTests
{
    [Fact]
    public void EveryBuiltInPatternIsSourceGenerated()
    {
        var patterns = RuleSet.BuiltIn.Rules.Select(r => r.Matcher).OfType<PatternMatcher>().Select(m => m.Pattern).ToList();

        Assert.NotEmpty(patterns);
        // A generated regex is a subclass; a pattern missing from BuiltInRulePatterns would be a plain Regex.
        Assert.All(patterns, regex => Assert.NotEqual(typeof(Regex), regex.GetType()));
        Assert.All(patterns, regex => Assert.Equal(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, regex.Options));
        Assert.All(patterns, regex => Assert.Equal(TimeSpan.FromMilliseconds(200), regex.MatchTimeout));
    }

    [Fact]
    public void AnyOtherPatternIsBuiltAtRunTime()
    {
        var rules = RuleSet.Load("""{ "cleaning": { "add": [ { "id": "our-promo", "category": "promo", "pattern": "^buy (?:now|today)$" } ] } }""");
        var added = Assert.IsType<PatternMatcher>(rules.Rules.Single(r => r.Id == "our-promo").Matcher);

        Assert.Equal(typeof(Regex), added.Pattern.GetType());
        Assert.Matches(added.Pattern, "Buy NOW");
    }

    [Fact]
    public void OnlyTheRulesOptionsAndTimeoutFindAGeneratedPattern()
    {
        var pattern = RuleSet.BuiltIn.Rules.Select(r => r.Matcher).OfType<PatternMatcher>().First().Pattern.ToString();
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

        Assert.NotNull(BuiltInRulePatterns.Find(pattern, options, TimeSpan.FromMilliseconds(200)));
        Assert.Null(BuiltInRulePatterns.Find(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)));
        Assert.Null(BuiltInRulePatterns.Find(pattern, options, TimeSpan.FromSeconds(1)));
        Assert.Null(BuiltInRulePatterns.Find(pattern + " ", options, TimeSpan.FromMilliseconds(200)));
    }
}
