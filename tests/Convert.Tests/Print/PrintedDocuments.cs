using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Tests.Fixtures;

namespace Convert.Tests.Print;

/// <summary>
/// A handful of fixtures written as .docx, opened and printed to PDF by LibreOffice in one headless run (it takes
/// seconds to start), then read back with pdftotext. Shared by the tests of one class. When LibreOffice or
/// pdftotext is missing, <see cref="MissingTools"/> says so and nothing is run.
/// </summary>
public sealed class PrintedDocuments : IDisposable
{
    /// <summary>The fixtures printed; a long article built from one of them checks page numbers past page 1.</summary>
    public static readonly string[] FixtureNames =
    [
        "multi-author-bios", "heading-and-list", "standfirst-name-role-credits", "inline-about-and-source-note",
        "clutter-lookalikes", "magazine-theme-comment-form", StructureName, TableName, FigureName,
    ];

    /// <summary>The fixture with nested lists, code and sub/superscripts.</summary>
    public const string StructureName = "html/print-structure-code-lists";

    /// <summary>The fixture with a data table: caption, header row, spans.</summary>
    public const string TableName = "html/data-table-caption";

    /// <summary>The fixture saved with its files: a figure whose image is embedded, with its caption and credit.</summary>
    public const string FigureName = "html/figure-saved-page";

    public const string LongArticleName = "long-article";

    /// <summary>The long article on Letter paper (the others are on A4), for the measure on both papers.</summary>
    public const string LongArticleLetterName = "long-article-letter";

    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(3);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "declutter-print-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, PrintedDocument> _documents = new(StringComparer.Ordinal);

    public PrintedDocuments()
    {
        var office = ExternalTool.Find("soffice", "libreoffice");
        var pdftotext = ExternalTool.Find("pdftotext");
        var pdffonts = ExternalTool.Find("pdffonts");
        if (office is null || pdftotext is null)
        {
            MissingTools = (office, pdftotext) switch
            {
                (null, null) => "LibreOffice (soffice) and pdftotext (poppler-utils) are not installed",
                (null, _) => "LibreOffice (soffice) is not installed",
                _ => "pdftotext (poppler-utils) is not installed",
            };
            return;
        }

        Directory.CreateDirectory(_folder);
        var articles = FixtureNames.ToDictionary(name => name, FixtureFiles.Convert);
        articles[LongArticleName] = LongArticle(articles["multi-author-bios"]);
        articles[LongArticleLetterName] = articles[LongArticleName];
        var docxPaths = new List<string>();
        foreach (var (name, article) in articles)
        {
            var path = Path.Combine(_folder, FileName(name) + ".docx");
            using (var file = File.Create(path))
            {
                var paper = name == LongArticleLetterName ? PaperSize.Letter : PaperSize.Auto;
                new DocxArticleWriter().Write(article, file, WriterOptions.Default with { Docx = DocxOptions.Default with { Paper = paper } });
            }

            docxPaths.Add(path);
        }

        // A private profile, so parallel runs (and a person's own LibreOffice) do not collide.
        var profile = new Uri(Path.Combine(_folder, "profile")).AbsoluteUri;
        ExternalTool.Run(office,
            ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", _folder, .. docxPaths],
            ConversionTimeout);

        foreach (var (name, article) in articles)
        {
            var pdf = Path.Combine(_folder, FileName(name) + ".pdf");
            var text = ExternalTool.Run(pdftotext, ["-enc", "UTF-8", pdf, "-"], TimeSpan.FromSeconds(30));
            var layout = ExternalTool.Run(pdftotext, ["-layout", "-enc", "UTF-8", pdf, "-"], TimeSpan.FromSeconds(30));
            var fonts = pdffonts is null ? null : ExternalTool.Run(pdffonts, [pdf], TimeSpan.FromSeconds(30));
            _documents[name] = new PrintedDocument(article, text, layout, fonts, pdf);
        }
    }

    private static string FileName(string name) => name.Replace('/', '-');

    /// <summary>Why the documents could not be printed, or null when they were.</summary>
    public string? MissingTools { get; }

    public PrintedDocument this[string name] => _documents[name];

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never created: the tools were missing.
        }
    }

    /// <summary>An article long enough for several pages: the fixture's body eight times, under numbered headings.</summary>
    private static Article LongArticle(Article article) => article with
    {
        Title = "A Long Article Printed Over Several Pages",
        Body = [.. Enumerable.Range(1, 8).SelectMany(part => (IEnumerable<Block>)[new Heading(1, $"Part {part}", SourceSpan.None), .. article.Body])],
    };
}

/// <summary>
/// An article and the text pdftotext read from its printed PDF (pages separated by form feeds), the same with the
/// page layout kept (indentation as spaces), pdffonts' list of the fonts it uses (null without pdffonts), and the PDF
/// itself while the fixture lives.
/// </summary>
public sealed record PrintedDocument(Article Article, string PdfText, string LayoutText, string? Fonts, string? PdfPath = null)
{
    public IReadOnlyList<string> Pages => PdfText.TrimEnd('\f', '\n').Split('\f');
}
