using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>The html-* rules through the CLI and the real core: listed by `rules`, disabled and added by a config.</summary>
public sealed class HtmlRuleConfigTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>River Notes</title></head>
        <body>
          <article>
            <h1>River Notes</h1>
            <p>The river rose two metres overnight, and the town council closed the lower bridge before dawn.</p>
            <p>Engineers say the new flood wall held, although water reached the steps of the old mill by noon.</p>
            <div class="related-stories"><p>Farmers upstream moved their cattle to higher fields as the water spread.</p></div>
            <div class="members-only-teaser"><p>Residents queued at the library for sandbags through the afternoon.</p></div>
            <p>The council will meet on Friday to decide whether the lower bridge can reopen next week.</p>
          </article>
        </body>
        </html>
        """;

    private const string Farmers = "Farmers upstream moved their cattle to higher fields as the water spread.";
    private const string Residents = "Residents queued at the library for sandbags through the afternoon.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(_folder.Root, args, services: CliServices.Default);

    private async Task<(List<string> Body, List<(string RuleId, string Text)> Removals)> Convert(params string[] extra)
    {
        _folder.Write("page.html", Page);
        var result = await Run(["convert", "page.html", "--to", "json", .. extra]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var document = JsonDocument.Parse(result.StdoutBytes);
        var root = document.RootElement;
        return (
            root.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()!).ToList(),
            root.GetProperty("removals").EnumerateArray()
                .Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("text").GetString()!)).ToList());
    }

    [Fact]
    public async Task Rules_ListsEveryHtmlRuleOnceAfterTheTextRules_WithItsNames()
    {
        var result = await Run("rules");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("HTML RULE", StringComparison.Ordinal));
        Assert.True(header > Array.FindIndex(lines, l => l.StartsWith("share-label ", StringComparison.Ordinal)));
        var ids = lines.Skip(header + 1).Where(l => l.StartsWith("html-", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Contains("html-share", ids);
        Assert.Contains("html-form", ids);
        Assert.Contains(lines, l => l.Contains(" prune ", StringComparison.Ordinal) && l.Contains("sharedaddy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rules_ListsAnAddedHtmlRuleWithItsNames()
    {
        _folder.Write("declutter.json", """{ "cleaning": { "add": [ { "id": "our-paywall", "kind": "html", "category": "ads", "description": "Members-only teasers", "markers": ["members-only-teaser"] } ] } }""");

        var result = await Run("rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("our-paywall", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("members-only-teaser", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingAnHtmlRule_KeepsWhatItWouldHavePruned()
    {
        var (builtInBody, builtInRemovals) = await Convert();
        _folder.Write("keep-related.json", """{ "cleaning": { "disable": ["html-related"] } }""");

        var (body, removals) = await Convert("--config", "keep-related.json");

        Assert.DoesNotContain(Farmers, builtInBody);
        Assert.Contains(("html-related", Farmers), builtInRemovals);
        Assert.Contains(Farmers, body);
        Assert.DoesNotContain(removals, r => r.Text == Farmers);
    }

    [Fact]
    public async Task AddingAnHtmlRule_PrunesItsClassAndCreditsTheRule()
    {
        var (builtInBody, _) = await Convert();
        _folder.Write("declutter.json", """{ "cleaning": { "add": [ { "id": "our-paywall", "kind": "html", "category": "ads", "markers": ["members-only-teaser"] } ] } }""");

        var (body, removals) = await Convert();

        Assert.Contains(Residents, builtInBody);
        Assert.DoesNotContain(Residents, body);
        Assert.Contains(("our-paywall", Residents), removals);
    }

    [Theory]
    [InlineData("""{ "id": "our-paywall", "kind": "html", "category": "ads" }""", "an html rule needs \"markers\"")]
    [InlineData("""{ "id": "our-paywall", "kind": "html", "category": "ads", "markers": ["teaser("] }""", "invalid name pattern \"teaser(\"")]
    public async Task MalformedHtmlRule_StopsBeforeAnyWorkWithOneLineNamingTheConfig(string rule, string reason)
    {
        _folder.Write("page.html", Page);
        _folder.Write("bad.json", $$"""{ "cleaning": { "add": [ {{rule}} ] } }""");

        var result = await Run("convert", "page.html", "-o", "page.json", "--config", "bad.json");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("declutter: error: bad.json: config cleaning.add[0] (\"our-paywall\"): ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.False(_folder.Exists("page.json"));
    }
}
