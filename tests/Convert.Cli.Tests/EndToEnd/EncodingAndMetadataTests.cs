using System.Text;
using System.Text.Json;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>Legacy encodings (detected or forced with --encoding) and the front matter, through the real pipeline.</summary>
public sealed class EncodingAndMetadataTests : IDisposable
{
    private const string Russian = """
        Новые велодорожки в Москве

        Городские власти объявили о строительстве новых велодорожек в центре города. Работы начнутся весной.

        Первая очередь маршрута свяжет парки и станции метро, сообщили в мэрии.

        """;

    private readonly TempFolder _folder = new();

    static EncodingAndMetadataTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(_folder.Root, args, services: CliServices.Default);

    private void WriteLegacy(string name, string text, int codePage) =>
        File.WriteAllBytes(_folder.PathOf(name), Encoding.GetEncoding(codePage).GetBytes(text));

    [Fact]
    public async Task AWindows1251ArticleIsDetectedAndTheWarningNamesTheCharset()
    {
        WriteLegacy("ru.txt", Russian, 1251);

        var result = await Run("convert", "ru.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["declutter: warning: ru.txt: The input is not valid UTF-8; it was read as windows-1251."], result.StderrLines);
        using var json = JsonDocument.Parse(result.StdoutBytes);
        Assert.Equal("Новые велодорожки в Москве", json.RootElement.GetProperty("title").GetString());
        Assert.Contains("Городские власти", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUndeclaredGreekPageIsDetected()
    {
        var page = "<html><head><title>Νέοι ποδηλατόδρομοι στην Αθήνα</title></head><body><article><h1>Νέοι ποδηλατόδρομοι στην Αθήνα</h1>"
            + "<p>Ο δήμος ανακοίνωσε την κατασκευή νέων ποδηλατοδρόμων στο κέντρο της πόλης, που θα ενώσουν πάρκα και σταθμούς.</p>"
            + "<p>Τα έργα θα ξεκινήσουν την άνοιξη και θα ολοκληρωθούν μέσα σε δύο χρόνια, σύμφωνα με τον δήμαρχο.</p></article></body></html>";
        WriteLegacy("gr.html", page, 1253);

        var result = await Run("convert", "gr.html", "--to", "txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read as iso-8859-7", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Ο δήμος ανακοίνωσε", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EncodingForcesTheCharsetAndNeedsNoWarning()
    {
        WriteLegacy("ru.txt", Russian, 20866);

        var result = await Run("convert", "ru.txt", "--encoding", "koi8-r", "--to", "txt", "--no-front-matter");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Новые велодорожки в Москве\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownEncodingIsAUsageErrorNamingIt()
    {
        WriteLegacy("ru.txt", Russian, 1251);

        var result = await Run("convert", "ru.txt", "--encoding", "klingon-8");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdoutBytes);
        Assert.Equal(["declutter: error: --encoding: unknown encoding 'klingon-8' (try utf-8, windows-1251, iso-8859-2, cp1250 or a code page number)"], result.StderrLines);
    }

    [Fact]
    public async Task ValidateCatchesAWindows1251ArticleReadAsWindows1252()
    {
        // What an earlier tool left behind: the Russian text decoded as windows-1252 and saved as UTF-8.
        var garbled = Encoding.GetEncoding(1252).GetString(Encoding.GetEncoding(1251).GetBytes(Russian));
        _folder.Write("garbled.txt", garbled);

        var result = await Run("validate", "garbled.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("mojibake", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"Íîâûå\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownStartsWithFrontMatterFromThePage()
    {
        _folder.Write("page.html", """
            <html lang="en"><head><title>Cities: the "quiet" street</title>
            <meta property="og:site_name" content="Example News">
            <link rel="canonical" href="https://news.example.org/quiet-street">
            <meta property="article:tag" content="cities"><meta property="article:tag" content="noise">
            <meta property="article:published_time" content="2024-05-06T08:00:00Z"></head>
            <body><article><h1>Cities: the "quiet" street</h1><p class="byline">By Ana Ruiz</p>
            <p>Streets are loud, said the survey of two thousand residents, and the loudest are the oldest ones.</p>
            <p>The city council promised new rules for delivery vans and night buses before the summer.</p></article></body></html>
            """);

        var result = await Run("convert", "page.html", "--to", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("""
            ---
            title: "Cities: the \"quiet\" street"
            author:
              - "Ana Ruiz"
            date: "2024-05-06"
            lang: "en"
            url: "https://news.example.org/quiet-street"
            site: "Example News"
            tags:
              - "cities"
              - "noise"
            page-type: "article"
            ---

            # Cities: the "quiet" street
            """.ReplaceLineEndings("\n"), result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoFrontMatterStartsWithTheTitle()
    {
        _folder.Write("a.txt", "A Title\n\nBy Jane Doe | March 3, 2025\n\nA body paragraph that is long enough to be a paragraph of the article.\n");

        var markdown = await Run("convert", "a.txt", "--to", "md", "--no-front-matter");
        var text = await Run("convert", "a.txt", "--to", "txt");

        Assert.StartsWith("# A Title\n", markdown.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("Title: A Title\nAuthors: Jane Doe\nDate: 2025-03-03\n", text.Stdout, StringComparison.Ordinal);
    }
}
