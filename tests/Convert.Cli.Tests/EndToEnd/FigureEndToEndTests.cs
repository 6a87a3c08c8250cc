using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>A page saved with its files ("save page, complete"): its image reaches Word, and its path the JSON.</summary>
public sealed class FigureEndToEndTests : IDisposable
{
    // A 1x1 PNG: signature, IHDR 1x1 RGB, one IDAT row, IEND.
    private static readonly byte[] Png = System.Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Morning on the estuary</title></head>
        <body><article><h1>Morning on the estuary</h1>
        <p>Before the first ferry the estuary belongs to the birds and to the two men who check the channel markers every morning.</p>
        <figure><img src="page_files/dawn.png" alt="Dawn over the water"><figcaption>The channel at first light. (Photo: Tamsin Lowe)</figcaption></figure>
        <p>Most mornings nothing has moved. After a gale they may spend two hours hauling a marker back into its place.</p>
        </article></body></html>
        """;

    private readonly TempFolder _folder = new();

    public FigureEndToEndTests()
    {
        Directory.CreateDirectory(_folder.PathOf("saved/page_files"));
        File.WriteAllBytes(_folder.PathOf("saved/page_files/dawn.png"), Png);
        _folder.Write("saved/page.html", Page);
    }

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(_folder.Root, args, services: CliServices.Default);

    [Fact]
    public async Task Word_EmbedsTheSavedImage_AboveItsCaption()
    {
        var result = await Run("convert", "saved/page.html", "-o", "page.docx");

        Assert.Equal(0, result.ExitCode);
        using var document = WordprocessingDocument.Open(_folder.PathOf("page.docx"), false);
        var image = Assert.Single(document.MainDocumentPart!.ImageParts);
        using (var stream = image.GetStream())
        using (var bytes = new MemoryStream())
        {
            stream.CopyTo(bytes);
            Assert.Equal(Png, bytes.ToArray());
        }
        var paragraphs = document.MainDocumentPart.Document!.Body!.Elements<W.Paragraph>().ToList();
        var picture = paragraphs.FindIndex(p => p.Descendants<W.Drawing>().Any());
        Assert.Equal("The channel at first light. (Photo: Tamsin Lowe)", paragraphs[picture + 1].InnerText);
    }

    [Fact]
    public async Task Json_GivesTheImagePathRelativeToThePage_AndReadBackBesideIt_WordStillHasThePicture()
    {
        var json = await Run("convert", "saved/page.html", "-o", "saved/page.json");
        var word = await Run("convert", "saved/page.json", "-o", "again.docx");

        Assert.Equal((0, 0), (json.ExitCode, word.ExitCode));
        using var parsed = JsonDocument.Parse(_folder.Read("saved/page.json"));
        var figure = parsed.RootElement.GetProperty("body").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "figure");
        Assert.Equal("page_files/dawn.png", figure.GetProperty("image").GetString());
        Assert.Equal("(Photo: Tamsin Lowe)", figure.GetProperty("credit").GetString());
        using var document = WordprocessingDocument.Open(_folder.PathOf("again.docx"), false);
        Assert.Single(document.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public async Task Markdown_WrittenToAnotherFolder_LinksTheImageFromWhereTheMarkdownIs()
    {
        var beside = await Run("convert", "saved/page.html", "-o", "saved/page.md");
        var away = await Run("convert", "saved/page.html", "-o", "out/notes/page.md");

        Assert.Equal((0, 0), (beside.ExitCode, away.ExitCode));
        Assert.Contains("](page_files/dawn.png)", _folder.Read("saved/page.md"), StringComparison.Ordinal);
        Assert.Contains("](../../saved/page_files/dawn.png)", _folder.Read("out/notes/page.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromStdin_ThePageHasNoFolder_SoNoImageIsRead()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "-", "--from", "html", "--to", "json"], stdin: Page, services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"image\": null", result.Stdout, StringComparison.Ordinal);
    }
}
