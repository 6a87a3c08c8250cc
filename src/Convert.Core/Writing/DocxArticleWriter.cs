using Convert.Core.Model;
using Convert.Core.Writing.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing;

/// <summary>
/// Writes an article as a Word document ready to print: real paragraph and character styles, list numbering,
/// working hyperlinks, an "About the authors" section, A4 pages with page numbers, and core properties.
/// The same article and options give the same bytes.
/// </summary>
public sealed class DocxArticleWriter : IArticleWriter
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public string Format => "docx";
    public string Extension => ".docx";
    public bool IsBinary => true;

    public void Write(Article article, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        // The package needs a seekable stream, and re-packing for fixed zip timestamps needs a second pass,
        // so both happen in memory; the output may then be anything, including stdout.
        using var package = new MemoryStream();
        WritePackage(article, package, options);
        package.Position = 0;
        using var repacked = new MemoryStream();
        DeterministicZip.Repack(package, repacked, options.Timestamp);
        repacked.Position = 0;
        repacked.CopyTo(output);
    }

    private static void WritePackage(Article article, Stream stream, WriterOptions options)
    {
        var language = DocxLanguage.From(article.Metadata.Language);
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);

        // Explicit relationship ids everywhere: generated ones are random and would change the bytes on every run.
        var main = document.AddNewPart<MainDocumentPart>(MainDocumentContentType, "rId1");
        DocxCoreProperties.Write(
            document.AddNewPart<CoreFilePropertiesPart>("rId2"),
            article.Title,
            CreatorOf(article),
            language,
            options.Timestamp);

        main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = DocxStyleSheet.Build(language);
        main.AddNewPart<DocumentSettingsPart>("rId2").Settings = DocxSettingsContent.Build();
        const string footerId = "rId3";
        main.AddNewPart<FooterPart>(footerId).Footer = DocxPageLayout.Footer();

        var numbering = new DocxNumbering();
        var inlines = new DocxInlines(new DocxHyperlinks(main, BaseUriOf(article.Metadata)));
        var paragraphs = new DocxBodyBuilder(inlines, numbering).Build(article);
        if (numbering.IsUsed)
        {
            main.AddNewPart<NumberingDefinitionsPart>("rId4").Numbering = numbering.Build();
        }

        var body = new W.Body();
        body.Append(paragraphs);
        body.Append(DocxPageLayout.A4.SectionProperties(footerId));
        var wordDocument = new W.Document(body);
        // Declared once on the root instead of on every hyperlink.
        wordDocument.AddNamespaceDeclaration("r", RelationshipsNamespace);
        main.Document = wordDocument;
    }

    private static string? CreatorOf(Article article)
    {
        var names = article.Authors.Select(a => a.DisplayName.Trim()).Where(n => n.Length > 0).ToList();
        return names.Count == 0 ? null : string.Join("; ", names);
    }

    private static Uri? BaseUriOf(ArticleMetadata metadata) =>
        Uri.TryCreate(metadata.SourceUrl?.Trim(), UriKind.Absolute, out var uri) ? uri : null;
}
