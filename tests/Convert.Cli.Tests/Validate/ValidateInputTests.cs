using System.Text.Json;

namespace Convert.Cli.Tests.Validate;

public sealed class ValidateInputTests : IDisposable
{
    private readonly ValidateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string[] Paths(string jsonReport)
    {
        using var json = JsonDocument.Parse(jsonReport);
        return json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();
    }

    private ValidateFolder Tree() => _folder
        .WithText("site/b.txt", ValidateFolder.CleanArticle)
        .WithText("site/a.html", "<html><head><title>Harbour</title></head><body><h1>Harbour</h1><p>" + ValidateFolder.CleanArticle + "</p></body></html>")
        .WithText("site/deep/c.text", ValidateFolder.CleanArticle)
        .WithText("site/notes.md", "# not an article")
        .WithText("site/.hidden/d.txt", ValidateFolder.CleanArticle)
        .WithFixture("text/no-bios.expected.json", "site/out/no-bios.json");

    [Fact]
    public async Task DirectoriesAreWalkedForTheKnownKindsInOrdinalOrder()
    {
        var result = await Tree().Run("site", "-f", "json");

        Assert.Equal(["site/a.html", "site/b.txt", "site/deep/c.text", "site/out/no-bios.json"], Paths(result.Stdout));
    }

    [Fact]
    public async Task ExcludeGlobsSkipWalkedFiles()
    {
        var result = await Tree().Run("site", "-f", "json", "--exclude", "out/**", "--exclude", "**/*.html");

        Assert.Equal(["site/b.txt", "site/deep/c.text"], Paths(result.Stdout));
    }

    [Fact]
    public async Task IncludeGlobsKeepOnlyMatchingFiles()
    {
        var result = await Tree().Run("site", "-f", "json", "--include", "**/*.json");

        Assert.Equal(["site/out/no-bios.json"], Paths(result.Stdout));
    }

    [Fact]
    public async Task GlobsMayAlsoBeWrittenFromTheCurrentFolder()
    {
        var result = await Tree().Run("site", "-f", "json", "--exclude", "site/deep/**");

        Assert.DoesNotContain("site/deep/c.text", Paths(result.Stdout));
        Assert.Contains("site/b.txt", Paths(result.Stdout));
    }

    [Fact]
    public async Task TheConfigFileAndTheReportAreNotTakenForArticles()
    {
        Tree().WithText("site/declutter.json", "{ \"rules\": {} }");

        var first = await _folder.Run("site", "-f", "json", "-o", "site/report.json");
        // The second run finds the first one's report in the walked folder: it replaces it, never checks it.
        var second = await _folder.Run("site", "-f", "json", "-o", "site/report.json");

        var report = _folder.Folder.Read("site/report.json");
        Assert.DoesNotContain("site/declutter.json", Paths(report));
        Assert.DoesNotContain("site/report.json", Paths(report));
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
    }

    [Fact]
    public async Task StdinIsCheckedAsTextUnderItsGivenName()
    {
        var result = await _folder.RunWith(ValidateFolder.TruncatedArticle, false, null, "-", "--stdin-filename", "pages/cut.txt", "-f", "github");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("::warning title=truncated,file=pages/cut.txt,line=7::", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StdinNamedJsonGetsTheJsonChecks()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(ValidateFolder.RepoRoot, "fixtures", "bad-outputs", "leftover-share.json"), TestContext.Current.CancellationToken);

        var result = await _folder.RunWith(json, false, null, "-", "--stdin-filename", "x.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("leftover-clutter", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputWritesTheReportToAFileAndTheSummaryToStderr()
    {
        _folder.WithFixture("bad-outputs/leftover-share.json", "leftover.json").WithText("reports/old.sarif", "old");

        var result = await _folder.Run("leftover.json", "-f", "sarif", "-o", "reports/old.sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(["1 file checked: 1 error, 0 warnings, 0 info"], result.StderrLines);
        using var sarif = JsonDocument.Parse(_folder.Folder.Read("reports/old.sarif"));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.DoesNotContain(_folder.Folder.AllFiles(), f => f.Contains(".declutter-tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADocxIsCheckedAgainstTheJsonBesideIt()
    {
        _folder.WithFixture("bad-outputs/invalid-part.docx", "out/article.docx")
            .WithFixture("text/multi-author-bios.expected.json", "out/article.json");

        var result = await _folder.Run("out/article.docx");

        Assert.Contains("docx-authors-section", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("docx-validator", result.Stdout, StringComparison.Ordinal);
    }
}
