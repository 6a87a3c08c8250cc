using Convert.Cli.Reporting;
using Convert.Cli.Tests.Infrastructure;
using Convert.Cli.Tests.Validate;
using Convert.Core.Validation;

namespace Convert.Cli.Tests.Commands;

/// <summary><c>declutter rules ID</c> explains a validation or a cleaning rule; the examples of text rules are real.</summary>
public sealed class RuleExplanationTests : IDisposable
{
    private readonly ValidateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AValidationRuleIsExplainedWithAnExample()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["rules", "truncated"], services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("truncated (validation rule)\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Default severity: warning", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Example (article.txt):", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("docs/ci.md#truncated", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSeverityInEffectIsShown()
    {
        _folder.WithText("declutter.json", """{ "rules": { "truncated": "off" } }""");

        var result = await CliRunner.RunAsync(_folder.Root, ["rules", "truncated"], services: CliServices.Default);

        Assert.Contains("In effect here:   off (from the config)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACleaningRuleIsExplainedWithWhatItMatches()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["rules", "share-label"], services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("share-label (cleaning rule)\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Matches:  ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownIdGetsASuggestion()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["rules", "truncatd"], services: CliServices.Default);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: unknown rule id \"truncatd\"; did you mean \"truncated\"? (declutter rules lists them)"], result.StderrLines);
    }

    [Fact]
    public void EveryValidationRuleHasAnExample()
    {
        Assert.All(ValidationRules.All, rule => Assert.NotNull(ValidationRuleExamples.For(rule.Id)));
    }

    [Theory]
    [InlineData("mojibake")]
    [InlineData("short-body")]
    [InlineData("clutter-removed")]
    [InlineData("truncated")]
    [InlineData("duplicate-paragraph")]
    public async Task TheExampleOfATextRuleRaisesThatRule(string ruleId)
    {
        var example = ValidationRuleExamples.For(ruleId)!;
        var body = string.Join("\n\n", Enumerable.Repeat("The harbour was rebuilt by the people who use it every day, stone by stone, over three long summers.", 6));
        var content = example.Content.Replace("...", body, StringComparison.Ordinal);
        _folder.WithText(ruleId + "/" + example.File, ruleId == "short-body" ? content : "Harbour news\n\n" + body + "\n\n" + content);

        var result = await _folder.Run(ruleId, "-f", "concise", "--select", ruleId, "--min-words", ruleId == "short-body" ? "50" : "0");

        Assert.Contains($" {ruleId} ", result.Stdout, StringComparison.Ordinal);
    }
}
