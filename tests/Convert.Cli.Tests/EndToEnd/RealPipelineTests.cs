using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;
using Convert.Core.Writing;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>
/// The CLI wired to the real core library (<see cref="CliServices.Default"/>): these pass once the reader, cleaning,
/// splitting and writer branches are merged.
/// </summary>
public sealed class RealPipelineTests : IDisposable
{
    private const string Article = """
        How to Grow Tomatoes
        By Jane Doe | March 3, 2025

        Tomatoes need full sun and warm soil. Plant them in spring after the last frost.

        Water them deeply twice a week, and mulch to keep the soil moist.

        """;

    private readonly TempFolder _folder = new();

    public RealPipelineTests() => _folder.Write("tomatoes.txt", Article);

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(params string[] args) =>
        CliRunner.RunAsync(_folder.Root, args, services: CliServices.Default);

    [Fact]
    public async Task ConvertsTextToJsonOnStdout()
    {
        var result = await Run("convert", "tomatoes.txt", "--title", "Growing Tomatoes");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdoutBytes);
        Assert.Equal("Growing Tomatoes", json.RootElement.GetProperty("title").GetString());
        Assert.True(json.RootElement.TryGetProperty("schemaVersion", out _));
        Assert.Contains("Water them deeply twice a week", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tomatoes need full sun and warm soil.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertsTextToADocxFile()
    {
        var result = await Run("convert", "tomatoes.txt", "-o", "tomatoes.docx", "--title", "Growing Tomatoes");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 converted, 0 failed"], result.StderrLines);
        using var docx = File.OpenRead(_folder.PathOf("tomatoes.docx"));
        var dump = DocxTextDump.Dump(docx);
        Assert.Contains("Growing Tomatoes", dump, StringComparison.Ordinal);
        Assert.Contains("Water them deeply twice a week", dump, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertsADirectoryToMarkdown()
    {
        _folder.Write("in/sub/tomatoes.txt", Article);

        var result = await Run("convert", "in", "--output-dir", "out", "--to", "md", "-q");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Water them deeply twice a week", _folder.Read("out/sub/tomatoes.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinaryInputFailsWithOneLine()
    {
        File.WriteAllBytes(_folder.PathOf("binary.txt"), [0x00, 0xFF, 0x00, 0xFE, 0x00, 0x01, 0x02, 0x03]);

        var result = await Run("convert", "binary.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.StderrLines);
        Assert.StartsWith("declutter: error: binary.txt: ", result.StderrLines[0], StringComparison.Ordinal);
        Assert.Empty(result.StdoutBytes);
    }

    [Fact]
    public async Task SchemaIsAJsonSchema()
    {
        var result = await Run("schema");

        Assert.Equal(0, result.ExitCode);
        using var schema = JsonDocument.Parse(result.StdoutBytes);
        Assert.True(schema.RootElement.TryGetProperty("$schema", out _));
    }

    [Fact]
    public async Task RulesListsTheBuiltInRules()
    {
        var result = await Run("rules");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Cleaning rules (what convert removes):", lines[0]);
        Assert.Matches(@"^ID\s+CATEGORY\s+ACTION\s+SCOPE\s+DESCRIPTION$", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("truncated ", StringComparison.Ordinal) && l.Contains(" warning ", StringComparison.Ordinal));
        Assert.True(lines.Length > 1);
        Assert.Contains(lines, l => l.StartsWith("share-button ", StringComparison.Ordinal) && l.Contains(" anywhere (weak) ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("comments-closed ", StringComparison.Ordinal) && l.Contains(" anywhere  ", StringComparison.Ordinal));
    }
}
