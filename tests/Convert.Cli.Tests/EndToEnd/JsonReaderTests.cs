using Convert.Cli.Tests.Infrastructure;
using Convert.Core.Writing;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>The tool's own JSON read back as an input format: a saved conversion written again in another format.</summary>
public sealed class JsonReaderTests : IDisposable
{
    private const string Article = """
        How to Grow Tomatoes
        By Jane Doe | March 3, 2025

        Tomatoes need full sun and warm soil. Plant them in spring after the last frost.

        Water them deeply twice a week, and mulch to keep the soil moist.

        Share.

        """;

    private readonly TempFolder _folder = new();

    public JsonReaderTests() => _folder.Write("tomatoes.txt", Article);

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(params string[] args) =>
        CliRunner.RunAsync(_folder.Root, args, services: CliServices.Default);

    [Fact]
    public async Task ASavedConversionIsWrittenAgainAsWord()
    {
        Assert.Equal(0, (await Run("convert", "tomatoes.txt", "-o", "tomatoes.json")).ExitCode);

        var result = await Run("convert", "tomatoes.json", "-o", "tomatoes.docx");

        Assert.Equal(0, result.ExitCode);
        using var docx = File.OpenRead(_folder.PathOf("tomatoes.docx"));
        var dump = DocxTextDump.Dump(docx);
        Assert.Contains("How to Grow Tomatoes", dump, StringComparison.Ordinal);
        Assert.Contains("Water them deeply twice a week", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("Share.", dump, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonReadBackIsWrittenAgainByteForByte()
    {
        Assert.Equal(0, (await Run("convert", "tomatoes.txt", "-o", "first.json")).ExitCode);

        var result = await Run("convert", "first.json", "-o", "second.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(_folder.PathOf("first.json")), File.ReadAllBytes(_folder.PathOf("second.json")));
    }

    [Fact]
    public async Task JsonFromStdinIsRecognisedByItsContent()
    {
        var json = (await Run("convert", "tomatoes.txt", "--to", "json")).Stdout;

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "-", "--to", "md"], stdin: json, services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("# How to Grow Tomatoes", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonThatIsNotAnArticleIsAOneLineError()
    {
        _folder.Write("other.json", """{ "schemaVersion": 1, "title": 42 }""");

        var result = await Run("convert", "other.json", "--to", "md");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines, l => l.Contains("error", StringComparison.Ordinal));
        Assert.Contains("other.json", line, StringComparison.Ordinal);
        Assert.Contains("not an article in this tool's JSON format", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderWalkDoesNotPickUpJson()
    {
        Assert.Equal(0, (await Run("convert", "tomatoes.txt", "-o", "tomatoes.json")).ExitCode);

        var result = await Run("convert", ".", "--output-dir", "out", "-t", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_folder.PathOf("out/tomatoes.md")));
        Assert.Equal(["1 converted, 0 failed"], result.StderrLines);
    }
}
