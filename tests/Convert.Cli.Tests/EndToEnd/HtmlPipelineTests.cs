using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>HTML inputs through the CLI wired to the real core library: --from, stdin, walking and batch failures.</summary>
public sealed class HtmlPipelineTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Growing Tomatoes | Garden Notes</title><meta property="og:site_name" content="Garden Notes"></head>
        <body>
          <nav><a href="/">Home</a> <a href="/about">About</a></nav>
          <article>
            <h1>Growing Tomatoes</h1>
            <p>Tomatoes need full sun and warm soil. Plant them in spring after the last frost.</p>
            <p>Water them deeply twice a week, and mulch to keep the soil moist.</p>
          </article>
          <footer><p>Garden Notes, since 1999.</p></footer>
        </body>
        </html>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(string[] args, string? stdin = null) =>
        CliRunner.RunAsync(_folder.Root, args, stdin: stdin, services: CliServices.Default);

    private static (string? Title, List<string> Body) Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var body = root.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()!).ToList();
        return (root.GetProperty("title").GetString(), body);
    }

    [Fact]
    public async Task HtmlFile_IsConvertedToJson()
    {
        _folder.Write("page.html", Page);

        var result = await Run(["convert", "page.html", "--to", "json"]);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        var (title, body) = Parse(result.StdoutBytes);
        Assert.Equal("Growing Tomatoes", title);
        Assert.Equal(
            ["Tomatoes need full sun and warm soil. Plant them in spring after the last frost.", "Water them deeply twice a week, and mulch to keep the soil moist."],
            body);
    }

    [Fact]
    public async Task FromHtml_ReadsATxtFileAsHtml()
    {
        _folder.Write("saved.txt", Page);

        var result = await Run(["convert", "saved.txt", "--from", "html"]);

        Assert.Equal(0, result.ExitCode);
        var (title, body) = Parse(result.StdoutBytes);
        Assert.Equal("Growing Tomatoes", title);
        Assert.DoesNotContain(body, b => b.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public async Task FromText_ReadsAnHtmlFileAsText()
    {
        _folder.Write("page.html", Page);

        var result = await Run(["convert", "page.html", "-f", "text"]);

        Assert.Equal(0, result.ExitCode);
        var (_, body) = Parse(result.StdoutBytes);
        Assert.Contains(body, b => b.Contains("<article>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutFrom_ATxtFileHoldingMarkup_IsReadAsText()
    {
        _folder.Write("saved.txt", Page);

        var result = await Run(["convert", "saved.txt"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Parse(result.StdoutBytes).Body, b => b.Contains("<p>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stdin_IsReadAsHtml_WithFromHtml()
    {
        var result = await Run(["convert", "-", "--from", "html", "--to", "md"], stdin: Page);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Water them deeply twice a week", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Garden Notes, since 1999", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stdin_HoldingAPage_IsReadAsHtmlByDefault()
    {
        var result = await Run(["convert", "-"], stdin: Page);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Growing Tomatoes", Parse(result.StdoutBytes).Title);
    }

    [Fact]
    public async Task Directory_WithHtmlAndText_IsWalkedAndMirrored()
    {
        _folder.Write("in/page.html", Page);
        _folder.Write("in/old/page2.htm", Page);
        _folder.Write("in/notes.txt", "Notes on Tomatoes\n\nPinch out the side shoots every week in summer.\n");

        var result = await Run(["convert", "in", "--output-dir", "out", "--to", "md"]);

        Assert.Equal(["3 converted, 0 failed"], result.StderrLines);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["out/notes.md", "out/old/page2.md", "out/page.md"], _folder.AllFiles().Where(f => f.StartsWith("out/", StringComparison.Ordinal)));
        Assert.Contains("Water them deeply twice a week", _folder.Read("out/old/page2.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("<article>", _folder.Read("out/page.md"), StringComparison.Ordinal);
        Assert.Contains("Pinch out the side shoots", _folder.Read("out/notes.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostilePageInABatch_FailsAloneWithOneLine()
    {
        _folder.Write("in/a-good.html", Page);
        _folder.Write("in/b-deep.html", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "text");
        _folder.Write("in/c-notes.txt", "Notes on Tomatoes\n\nPinch out the side shoots every week in summer.\n");

        var result = await Run(["convert", "in", "--output-dir", "out"]);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.StderrLines, l => l.StartsWith("declutter: error:", StringComparison.Ordinal));
        Assert.StartsWith("declutter: error: " + Path.Join("in", "b-deep.html") + ": ", error, StringComparison.Ordinal);
        Assert.Contains("nested", error, StringComparison.Ordinal);
        Assert.Equal("2 converted, 1 failed", result.StderrLines[^1]);
        Assert.Equal(["out/a-good.json", "out/c-notes.json"], _folder.AllFiles().Where(f => f.StartsWith("out/", StringComparison.Ordinal)));
    }
}
