using Convert.Core.Cleaning;
using Convert.Core.Html;

namespace Convert.Tests.Cleaning;

/// <summary>The HTML rules: the built-in marker table, and disabling or adding html rules from a config.</summary>
public class HtmlRuleSetTests
{
    private static PageNode Element(string html) => PageBuilder.Build(html).Body.Descendants().First(n => n.IsElement);

    [Fact]
    public void BuiltInTable_LoadsWithUniqueHtmlIdsDescriptionsAndOrigins()
    {
        var rules = RuleSet.BuiltIn.HtmlRules;

        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.StartsWith("html-", r.Id, StringComparison.Ordinal));
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(rules.Select(r => r.Id).Intersect(RuleSet.BuiltIn.Rules.Select(r => r.Id)));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Origin), r.Id));
    }

    [Theory]
    [InlineData("html-share")]
    [InlineData("html-comments")]
    [InlineData("html-related")]
    [InlineData("html-newsletter")]
    [InlineData("html-tags")]
    [InlineData("html-ads")]
    [InlineData("html-navigation")]
    [InlineData("html-widget")]
    [InlineData("html-author-box")]
    [InlineData("html-form")]
    [InlineData("html-image")]
    public void EveryIdARemovalCanCarry_IsARuleInTheTable(string id)
    {
        Assert.Contains(RuleSet.BuiltIn.HtmlRules, r => r.Id == id);
    }

    [Fact]
    public void DisabledHtmlRule_NoLongerStripsPrunesWeighsOrLabels()
    {
        var rules = RuleSet.Load("""{ "cleaning": { "disable": ["html-related"] } }""");
        var related = Element("<div class=\"related-posts\">x</div>");

        Assert.DoesNotContain(rules.HtmlRules, r => r.Id == "html-related");
        Assert.Equal(RuleSet.BuiltIn.Rules.Count, rules.Rules.Count);
        Assert.True(ClassMarkers.BuiltIn.IsUnlikely(related));
        Assert.False(ClassMarkers.For(rules).IsUnlikely(related));
        Assert.False(ClassMarkers.For(rules).IsWidget(related));
        // "post" is a content name: with the "related" penalty gone, only its boost is left.
        Assert.Equal((0, 25), (ClassMarkers.BuiltIn.Weight(related), ClassMarkers.For(rules).Weight(related)));
        Assert.Null(ClassMarkers.For(rules).LabelFor(related.ClassAndId));
    }

    [Fact]
    public void AddedHtmlRule_StripsPrunesAndIsCreditedBeforeTheBuiltInLabels()
    {
        const string config = """
            { "cleaning": { "add": [
              { "id": "our-paywall", "kind": "html", "category": "ads", "description": "Our paywall teaser",
                "markers": ["paywall-box"] },
              { "id": "our-byline", "kind": "html", "category": "byline", "byline": ["contributor-line"] }
            ] } }
            """;
        var rules = RuleSet.Load(config);
        var paywall = Element("<div class=\"paywall-box\">Subscribe</div>");

        var added = rules.HtmlRules[^2];
        Assert.Equal(("our-paywall", "ads", "Our paywall teaser", "config"), (added.Id, added.Category, added.Description, added.Origin));
        Assert.Equal([HtmlMarkerUse.Strip, HtmlMarkerUse.Prune, HtmlMarkerUse.Label], added.Markers.Select(m => m.Use));
        Assert.True(ClassMarkers.For(rules).IsUnlikely(paywall));
        Assert.True(ClassMarkers.For(rules).IsWidget(paywall));
        // The built-in html-newsletter also knows "paywall"; the config's own rule is credited.
        Assert.Equal("our-paywall", ClassMarkers.For(rules).LabelFor(paywall.ClassAndId)?.Id);
        Assert.True(ClassMarkers.For(rules).IsBylineElement(Element("<p class=\"contributor-line\">Ann Lee</p>")));
        Assert.False(ClassMarkers.BuiltIn.IsBylineElement(Element("<p class=\"contributor-line\">Ann Lee</p>")));
    }

    [Theory]
    [InlineData("""{ "id": "x-box", "kind": "html", "category": "ads" }""", "config cleaning.add[0] (\"x-box\"): an html rule needs \"markers\"")]
    [InlineData("""{ "id": "x-box", "kind": "html", "category": "ads", "markers": [] }""", "\"markers\" is empty")]
    [InlineData("""{ "id": "x-box", "kind": "html", "category": "ads", "markers": ["Promo-Box"] }""", "write \"Promo-Box\" in lower case")]
    [InlineData("""{ "id": "x-box", "kind": "html", "category": "ads", "prune": ["promo(box"] }""", "\"prune\": invalid name pattern \"promo(box\"")]
    [InlineData("""{ "id": "x-box", "kind": "html", "category": "ads", "roles": ["tab list"] }""", "a role is one word")]
    [InlineData("""{ "id": "x-box", "kind": "html", "category": "ads", "markers": ["x"], "phrases": ["Ad"] }""", "\"phrases\" is a text rule's field")]
    [InlineData("""{ "id": "x-box", "category": "ads", "phrases": ["Ad"], "markers": ["x"] }""", "need \"kind\": \"html\"")]
    [InlineData("""{ "id": "x-box", "kind": "css", "category": "ads", "markers": ["x"] }""", "unknown kind \"css\" (use one of: text, html)")]
    [InlineData("""{ "id": "html-share", "kind": "html", "category": "share", "markers": ["x"] }""", "rule id \"html-share\" already exists")]
    [InlineData("""{ "id": "share-label", "kind": "html", "category": "share", "markers": ["x"] }""", "rule id \"share-label\" already exists")]
    [InlineData("""{ "id": "x-box", "kind": "html", "category": "ads", "markers": "promo-box" }""", "config: invalid JSON")]
    public void MalformedHtmlRule_IsAOneLineConfigError(string rule, string message)
    {
        var error = Assert.Throws<RuleConfigException>(() => RuleSet.Load($$"""{ "cleaning": { "add": [ {{rule}} ] } }"""));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("html-nope", "config cleaning.disable[0]: unknown rule id \"html-nope\"")]
    [InlineData("html-form", "config cleaning.disable[0]: rule \"html-form\" has no class or id names to turn off")]
    public void DisablingAnUnknownOrNamelessHtmlRule_IsAConfigError(string id, string message)
    {
        var error = Assert.Throws<RuleConfigException>(() => RuleSet.Load($$"""{ "cleaning": { "disable": ["{{id}}"] } }"""));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigWithoutCleaningSection_KeepsTheBuiltInHtmlRules()
    {
        Assert.Same(RuleSet.BuiltIn.HtmlRules, RuleSet.Load("{}").HtmlRules);
    }
}
