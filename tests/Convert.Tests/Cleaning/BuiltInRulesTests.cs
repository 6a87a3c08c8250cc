using System.Text.RegularExpressions;
using Convert.Core.Cleaning;

namespace Convert.Tests.Cleaning;

public partial class BuiltInRulesTests
{
    [Fact]
    public void BuiltInRulesHaveKebabCaseIdsCategoriesAndDescriptions()
    {
        Assert.True(RuleSet.BuiltIn.Rules.Count >= 30);
        Assert.All(RuleSet.BuiltIn.Rules, rule =>
        {
            Assert.Matches(KebabCase(), rule.Id);
            Assert.Matches(KebabCase(), rule.Category);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Id);
            Assert.NotSame(RuleMatcher.Never, rule.Matcher);
        });
    }

    [Theory]
    [InlineData("share"), InlineData("comments"), InlineData("mobile-switcher"), InlineData("navigation"), InlineData("related")]
    [InlineData("newsletter"), InlineData("cookies"), InlineData("ads"), InlineData("print-tools"), InlineData("tags")]
    [InlineData("post-navigation"), InlineData("republication"), InlineData("copyright")]
    public void EveryCategoryOfTheTaxonomyIsCovered(string category) =>
        Assert.Contains(RuleSet.BuiltIn.Rules, r => r.Category == category);

    [Fact]
    public void BuiltInIsOneSharedInstance() => Assert.Same(RuleSet.BuiltIn, RuleSet.BuiltIn);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
