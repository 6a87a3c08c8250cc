using Convert.Core.Cleaning;

namespace Convert.Tests.Cleaning;

/// <summary>The author-heading rule takes the headings of every language from the catalogue.</summary>
public class AuthorHeadingRuleTests
{
    [Theory]
    [InlineData("Über den Autor")]
    [InlineData("À propos de l'auteur")]
    [InlineData("À propos de l’auteur")]
    [InlineData("Sull’autore")]
    [InlineData("Om författaren")]
    [InlineData("About the author")]
    public void TheRuleStopsAtEveryLanguagesHeading(string heading)
    {
        var rule = RuleSet.BuiltIn.Rules.Single(r => r.Id == "author-heading");

        Assert.True(Matches(rule, heading), heading);
    }

    [Fact]
    public void AnUnknownCatalogueListIsAConfigError()
    {
        var error = Assert.Throws<RuleConfigException>(() => RuleSet.Load("""
            { "cleaning": { "add": [ { "id": "x", "category": "author-heading", "phrases": ["About us"], "phrasesFrom": "bylines" } ] } }
            """));

        Assert.Contains("phrasesFrom", error.Message, StringComparison.Ordinal);
    }

    private static bool Matches(Rule rule, string heading)
    {
        rule.Matcher.TryMatch(heading, LineKey.For(heading), LineKey.CountWords(heading), out var matched);
        return matched;
    }
}
