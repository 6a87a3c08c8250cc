using Convert.Cli.Tests.Infrastructure;
using Convert.Cli.Tests.Validate;

namespace Convert.Cli.Tests.Config;

/// <summary>A typo in declutter.json is a config error (exit 2) with the JSON path and a suggestion, never silently ignored.</summary>
public sealed class StrictConfigTests : IDisposable
{
    private readonly ValidateFolder _folder = new ValidateFolder().WithText("clean.txt", ValidateFolder.CleanArticle);

    public void Dispose() => _folder.Dispose();

    private async Task<string> ErrorFor(string config)
    {
        _folder.WithText("declutter.json", config);
        var result = await _folder.Run("clean.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("declutter: error: declutter.json: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Convert.Core", line, StringComparison.Ordinal);
        return line["declutter: error: declutter.json: ".Length..];
    }

    [Theory]
    [InlineData("""{ "cleanign": { "disable": [] } }""", """$.cleanign: unknown key "cleanign"; did you mean "cleaning"?""")]
    [InlineData("""{ "cleaning": { "disabel": ["site-menu"] } }""", """$.cleaning.disabel: unknown key "disabel"; did you mean "disable"?""")]
    [InlineData("""{ "rule": { "truncated": "off" } }""", """$.rule: unknown key "rule"; did you mean "rules"?""")]
    [InlineData("""{ "colour": "red" }""", """$.colour: unknown key "colour" (known: cleaning, rules, overrides)""")]
    [InlineData("""{ "rules": { "truncate": "off" } }""", """$.rules.truncate: unknown rule id "truncate"; did you mean "truncated"?""")]
    [InlineData("""{ "overrides": [ { "files": "old/**", "rulez": { "truncated": "off" } } ] }""", """$.overrides[0].rulez: unknown key "rulez"; did you mean "rules"? (and 1 more problem)""")]
    public async Task AnUnknownKeyNamesItsPathAndTheNearestKnownKey(string config, string message)
    {
        Assert.Equal(message, await ErrorFor(config));
    }

    [Fact]
    public async Task AnUnknownKeyInAnAddedRuleNamesNoDotNetType()
    {
        var message = await ErrorFor("""{ "cleaning": { "add": [ { "id": "promo", "category": "newsletter", "phrase": ["Subscribe"] } ] } }""");

        Assert.Equal("""$.cleaning.add[0].phrase: unknown key "phrase"; did you mean "phrases"?""", message);
    }

    [Fact]
    public async Task AMisspeltCategoryIsAnError()
    {
        var message = await ErrorFor("""{ "cleaning": { "add": [ { "id": "promo", "category": "newsleter", "phrases": ["Subscribe"] } ] } }""");

        Assert.Equal("""$.cleaning.add[0].category: "newsleter" is not allowed; did you mean "newsletter"?""", message);
    }

    [Fact]
    public async Task AnUnknownRuleToDisableIsAnErrorWithASuggestion()
    {
        var message = await ErrorFor("""{ "cleaning": { "disable": ["share-buton"] } }""");

        Assert.StartsWith("""$.cleaning.disable[0]: unknown cleaning rule id "share-buton"; did you mean "share-button"?""", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "cleaning": { "disable": "site-menu" } }""", "$.cleaning.disable: expected an array, found the string \"site-menu\"")]
    [InlineData("""{ "cleaning": { "add": [ { "id": "promo", "category": "share", "phrases": ["x"], "maxWords": "three" } ] } }""", "$.cleaning.add[0].maxWords: expected an integer, found the string \"three\"")]
    [InlineData("""{ "rules": { "truncated": "fatal" } }""", """$.rules.truncated: "fatal" is not allowed (use one of: error, warning, warn, info, off)""")]
    [InlineData("""{ "rules": [] }""", """$.rules: expected an object, found an array""")]
    public async Task AValueOfTheWrongKindSaysWhatWasExpectedInJsonTerms(string config, string message)
    {
        Assert.Equal(message, await ErrorFor(config));
    }

    [Fact]
    public async Task InvalidJsonGivesTheLine()
    {
        var message = await ErrorFor("{\n  \"rules\": { \"truncated\": \"off\" \n}");

        Assert.StartsWith("invalid JSON at line 3", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertRefusesATypoToo()
    {
        _folder.WithText("declutter.json", """{ "cleaning": { "disabel": ["site-menu"] } }""");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "clean.txt", "--to", "txt"], services: CliServices.Default);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean \"disable\"", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommentsTrailingCommasAndASchemaKeyAreAccepted()
    {
        _folder.WithText("declutter.json", """
            {
              "$schema": "./declutter.schema.json",
              // turn the cut-off check down for this corpus
              "rules": { "truncated": "info", },
            }
            """);

        var result = await _folder.Run("clean.txt");

        Assert.Equal(0, result.ExitCode);
    }
}
