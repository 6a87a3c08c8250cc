using System.Text.Json;
using Convert.Core.Cleaning;
using Convert.Core.Configuration;
using Convert.Core.Validation;
using Json.Schema;

namespace Convert.Tests.Configuration;

/// <summary>The config schema is a real JSON Schema and agrees with the code: rule ids, categories and enum values.</summary>
public class ConfigSchemaTests
{
    private static JsonElement Def(string name) => ConfigSchema.Root.GetProperty("$defs").GetProperty(name);

    private static IEnumerable<string> Enum(JsonElement schema) => schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

    [Fact]
    public void TheSchemaIsAValidDraft202012Schema()
    {
        var schema = JsonSchema.FromText(ConfigSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        using var config = JsonDocument.Parse("""{ "rules": { "truncated": "off" }, "overrides": [ { "files": "a/**", "rules": {} } ] }""");
        Assert.True(schema.Evaluate(config.RootElement).IsValid);
        using var typo = JsonDocument.Parse("""{ "rule": { "truncated": "off" } }""");
        Assert.False(schema.Evaluate(typo.RootElement).IsValid);
    }

    [Fact]
    public void TheRulesSectionListsEveryValidationRule()
    {
        var listed = Def("rules").GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal(ValidationRules.All.Select(r => r.Id), listed);
    }

    [Fact]
    public void TheCategoriesAreThoseOfTheBuiltInTextAndHtmlRules()
    {
        var listed = Enum(Def("cleaningRule").GetProperty("properties").GetProperty("category"));

        Assert.Equal(RuleSet.BuiltIn.Rules.Select(r => r.Category).Concat(RuleSet.BuiltIn.HtmlRules.Select(r => r.Category)).Distinct().Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("action", typeof(RuleAction))]
    [InlineData("scope", typeof(RuleScope))]
    [InlineData("follow", typeof(RuleFollow))]
    [InlineData("extract", typeof(RuleExtract))]
    public void EnumValuesAreTheRuleEnums(string property, Type enumType)
    {
        var listed = Enum(Def("cleaningRule").GetProperty("properties").GetProperty(property));

        Assert.Equal(System.Enum.GetNames(enumType).Select(n => n.ToLowerInvariant()), listed);
    }

    [Fact]
    public void TheBuiltInRulesFileWouldPassAsAddedRules()
    {
        using var builtIn = typeof(RuleSet).Assembly.GetManifestResourceStream("Convert.Core.Cleaning.BuiltInRules.json")!;
        using var document = JsonDocument.Parse(builtIn, ConfigChecker.ParseOptions);
        var config = JsonSerializer.Serialize(new { cleaning = new { add = document.RootElement.GetProperty("rules") } });

        using var parsed = JsonDocument.Parse(config);
        Assert.Empty(ConfigChecker.Problems(parsed.RootElement));
    }
}
