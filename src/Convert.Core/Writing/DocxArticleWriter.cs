using Convert.Core.Model;
using Convert.Core.Writing.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing;

/// <summary>
/// Writes an article as a Word document ready to print: semantic paragraph and character styles with no direct
/// formatting, list numbering, working hyperlinks whose targets are printed too, an "About the authors" section,
/// the paper of the article's region with margins, a running header and "Page N of M", the document language with
/// automatic hyphenation, and core and custom properties. The same article and options give the same bytes.
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
        WriteDocument(article, output, options);
    }

    /// <summary>
    /// The default reference document (<c>declutter reference-doc</c>): a sample article in every style, with its
    /// running head, so the header can be seen and restyled; a reference header holding just the sample's short title
    /// gives each document its own (<see cref="DocxReferenceDocument"/>).
    /// </summary>
    public static void WriteReferenceDocument(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteDocument(ReferenceSample.Article, output, WriterOptions.Default with { Docx = DocxOptions.Default with { Paper = PaperSize.A4 } });
    }

    private static void WriteDocument(Article article, Stream output, WriterOptions options)
    {
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
        var language = DocxLanguage.TryFrom(article.Metadata.Language);
        var rightToLeft = DocxRightToLeft.IsRightToLeft(article, language);
        var reference = options.Docx.ReferenceDocument;
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        // Stored, not compressed: the re-pack compresses every entry anyway, so compressing here was paid twice.
        document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;

        // Explicit relationship ids everywhere: generated ones are random and would change the bytes on every run.
        var main = document.AddNewPart<MainDocumentPart>(MainDocumentContentType, "rId1");
        var properties = PropertiesOf(article, language, options.Timestamp);
        DocxCoreProperties.Write(document.AddNewPart<CoreFilePropertiesPart>("rId2"), properties);
        if (DocxCoreProperties.HasCustom(properties))
        {
            DocxCoreProperties.WriteCustom(document.AddNewPart<CustomFilePropertiesPart>("rId3"), properties);
        }

        var numbering = new DocxNumbering();
        var footnotes = new DocxFootnotes();
        var inlines = new DocxInlines(new DocxHyperlinks(main, BaseUriOf(article.Metadata)), footnotes, options.Docx.PrintUrls);
        var layout = DocxPaper.For(options.Docx.Paper, article.Metadata.Language);
        var tables = new DocxTables(inlines, DocxPageLayout.TextWidthTwips);
        var figures = new DocxFigures(inlines, main, DocxPageLayout.TextWidthTwips, layout.HeightTwips - (2 * layout.TopBottomMarginTwips));
        var paragraphs = new DocxBodyBuilder(inlines, numbering, tables, figures).Build(article);
        if (rightToLeft)
        {
            DocxRightToLeft.Apply(paragraphs);
        }

        main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = StylesFor(language, reference);
        main.AddNewPart<DocumentSettingsPart>("rId2").Settings = DocxSettingsContent.Build(footnotes.IsUsed);
        const string footerId = "rId3";
        var footer = reference?.FooterXml is { } footerXml ? new W.Footer(footerXml) : DocxPageLayout.Footer(article.Metadata.Language);
        var shortTitle = ShortTitle.Of(article.Title, article.Metadata.SiteName, article.Metadata.SourceUrl);
        var header = reference is { HeaderXml: { } headerXml, HeaderIsRunningHead: false } ? new W.Header(headerXml)
            : shortTitle is null ? null
            : reference is { HeaderIsRunningHead: true } ? reference.RunningHead(shortTitle)
            : DocxPageLayout.Header(shortTitle);
        if (rightToLeft)
        {
            DocxRightToLeft.Apply(footer);
            if (header is not null)
            {
                DocxRightToLeft.Apply(header);
            }
        }

        main.AddNewPart<FooterPart>(footerId).Footer = footer;
        string? headerId = null;
        if (header is not null)
        {
            headerId = "rId4";
            main.AddNewPart<HeaderPart>(headerId).Header = header;
        }

        if (reference?.ThemeXml is { } themeXml)
        {
            // The reference's styles may name theme fonts (minorHAnsi...), which mean nothing without its theme.
            main.AddNewPart<ThemePart>("rId7").Theme = new DocumentFormat.OpenXml.Drawing.Theme(themeXml);
        }

        if (reference?.FontTableXml is { } fontTableXml)
        {
            main.AddNewPart<FontTablePart>("rId8").Fonts = new W.Fonts(fontTableXml);
        }

        if (numbering.IsUsed)
        {
            main.AddNewPart<NumberingDefinitionsPart>("rId5").Numbering = numbering.Build();
        }

        if (footnotes.IsUsed)
        {
            var notes = footnotes.Build();
            if (rightToLeft)
            {
                DocxRightToLeft.Apply(notes);
            }

            main.AddNewPart<FootnotesPart>("rId6").Footnotes = notes;
        }

        var body = new W.Body();
        body.Append(paragraphs);
        var section = SectionFor(article, options.Docx, headerId, footerId);
        if (rightToLeft)
        {
            // The section's own direction: page-level layout (columns, gutter) follows the article's.
            section.Append(new W.BiDi());
        }

        body.Append(section);
        var wordDocument = new W.Document(body);
        // Declared once on the root instead of on every hyperlink.
        wordDocument.AddNamespaceDeclaration("r", RelationshipsNamespace);
        main.Document = wordDocument;

        if (reference is { StyleIdMap.Count: > 0 })
        {
            DocxStyleIdRemapper.Remap(main, reference.StyleIdMap);
        }
    }

    private static W.Styles StylesFor(DocxLanguage? language, DocxReferenceDocument? reference)
    {
        if (reference is null)
        {
            return DocxStyleSheet.Build(language);
        }

        // The reference decides fonts and looks; the language is the article's, so proofing and hyphenation fit it.
        var styles = reference.CopyOfStyles();
        if (styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle is { } defaults)
        {
            // An unknown language takes none: the reference's own default would be a guess.
            defaults.Languages = language?.DefaultLanguages();
        }

        return styles;
    }

    private static W.SectionProperties SectionFor(Article article, DocxOptions options, string? headerId, string footerId)
    {
        var layout = DocxPaper.For(options.Paper, article.Metadata.Language);
        var section = layout.SectionProperties(headerId, footerId);
        // The reference's page setup wins unless the user asked for a paper size on the command line.
        if (options.ReferenceDocument is { } reference && options.Paper == PaperSize.Auto)
        {
            Replace(section, reference.CopyOfPageSize());
            Replace(section, DocxPageLayout.WithHeaderRoom(reference.CopyOfPageMargin()));
        }

        return section;
    }

    private static void Replace<T>(W.SectionProperties section, T? replacement)
        where T : OpenXmlElement
    {
        if (replacement is not null && section.GetFirstChild<T>() is { } current)
        {
            current.InsertBeforeSelf(replacement);
            current.Remove();
        }
    }

    private static DocxPackageProperties PropertiesOf(Article article, DocxLanguage? language, DateTimeOffset timestamp)
    {
        var names = ArticleFrontAndBackMatter.AuthorNames(article);
        var metadata = article.Metadata;
        var published = ArticleFrontAndBackMatter.PublishedDate(metadata.Published) is { } date
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        return new DocxPackageProperties(
            article.Title,
            names.Count == 0 ? null : string.Join("; ", names),
            article.Subtitle,
            language?.Tag,
            published ?? timestamp,
            timestamp,
            [
                new("SourceUrl", metadata.SourceUrl),
                new("SiteName", metadata.SiteName),
                new("RepublishedFrom", metadata.RepublishedFrom),
                new("PageType", metadata.PageType),
            ]);
    }

    private static Uri? BaseUriOf(ArticleMetadata metadata) =>
        Uri.TryCreate(metadata.SourceUrl?.Trim(), UriKind.Absolute, out var uri) ? uri : null;
}
