using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;
using Convert.Core.Writing;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>A German scrape whose byline carries the date keeps it in every output format.</summary>
public sealed class ForeignDateTests : IDisposable
{
    private const string Artikel = """
        Neue Radwege für die Innenstadt
        Von Anna Schmidt | 3. März 2025

        Der Stadtrat hat am Donnerstag mit großer Mehrheit den Bau von drei neuen Radwegen beschlossen. Die Strecken sollen die Innenstadt mit den Wohngebieten im Norden verbinden, und die Arbeiten beginnen im Frühjahr.

        Die Kosten trägt zu zwei Dritteln das Land, den Rest zahlt die Stadt. Kritik kam von der Opposition, die die Planung für zu wenig ehrgeizig hält und mehr Fahrradstraßen in der Altstadt fordert, weil die Wege sonst nicht sicher sind.

        Die Verwaltung will die Pläne im Sommer vorstellen. Bis dahin sollen auch die Anwohner ihre Vorschläge einbringen können, die dann in die Planung aufgenommen werden.

        """;

    private readonly TempFolder _folder = new();

    public ForeignDateTests() => _folder.Write("radwege.txt", Artikel);

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(params string[] args) =>
        CliRunner.RunAsync(_folder.Root, args, services: CliServices.Default);

    [Fact]
    public async Task TheJsonHasThePublicationDate()
    {
        var result = await Run("convert", "radwege.txt");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdoutBytes);
        var metadata = json.RootElement.GetProperty("metadata");
        Assert.Equal("2025-03-03", metadata.GetProperty("published").GetString());
        Assert.Equal("de", metadata.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("md")]
    [InlineData("txt")]
    public async Task TheTextFormatsPrintTheDateInGerman(string format)
    {
        var result = await Run("convert", "radwege.txt", "--to", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Von Anna Schmidt \u2014 3. März 2025", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordPrintsTheDateInGerman()
    {
        var result = await Run("convert", "radwege.txt", "-o", "radwege.docx");

        Assert.Equal(0, result.ExitCode);
        using var docx = File.OpenRead(_folder.PathOf("radwege.docx"));
        Assert.Contains("[Date] 3. März 2025", DocxTextDump.Dump(docx), StringComparison.Ordinal);
    }
}
