using System.Xml;
using Convert.Core.Limits;
using Convert.Core.Writing.Docx;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing;

/// <summary>
/// A user's .docx whose styles, theme, font table, page setup, header and footer the Word writer uses instead of its
/// own (pandoc's --reference-doc). Only those are taken; the reference's text is ignored, and its own validator
/// errors are one warning, their elements left out. Each of the writer's styles is
/// found in the reference by style id, else by name; one the reference lacks falls back to the built-in style, and
/// <see cref="Warnings"/> says which. Immutable once loaded, so one instance serves a parallel batch.
/// </summary>
public sealed class DocxReferenceDocument
{
    private readonly W.Styles _styles;
    private readonly W.PageSize? _pageSize;
    private readonly W.PageMargin? _pageMargin;
    private readonly Lock _copyLock = new();

    private DocxReferenceDocument(
        W.Styles styles,
        IReadOnlyDictionary<string, string> styleIdMap,
        W.SectionProperties? section,
        string? headerXml,
        string? footerXml,
        string? themeXml,
        string? fontTableXml,
        IReadOnlyList<string> warnings)
    {
        _styles = styles;
        // Parsed once here rather than from XML for every document that uses them.
        _pageSize = (W.PageSize?)section?.GetFirstChild<W.PageSize>()?.CloneNode(true);
        _pageMargin = (W.PageMargin?)section?.GetFirstChild<W.PageMargin>()?.CloneNode(true);
        StyleIdMap = styleIdMap;
        HeaderXml = headerXml;
        HeaderIsRunningHead = headerXml is not null && IsRunningHeadTemplate(headerXml);
        FooterXml = footerXml;
        ThemeXml = themeXml;
        FontTableXml = fontTableXml;
        Warnings = warnings;
    }

    /// <summary>What the user should know: styles that fell back to the built-in ones, parts that could not be used.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>A copy of styles.xml to write: the reference's styles plus the built-in ones it lacks.</summary>
    internal W.Styles CopyOfStyles() => CopyOf(_styles);

    /// <summary>A copy of the reference's page size, or null when it sets none.</summary>
    internal W.PageSize? CopyOfPageSize() => _pageSize is null ? null : CopyOf(_pageSize);

    /// <summary>A copy of the reference's page margins, or null when it sets none.</summary>
    internal W.PageMargin? CopyOfPageMargin() => _pageMargin is null ? null : CopyOf(_pageMargin);

    private T CopyOf<T>(T element)
        where T : DocumentFormat.OpenXml.OpenXmlElement
    {
        // Copying is far cheaper than parsing the XML again for every document; the lock keeps parallel writers
        // from reading the shared tree while another copies it.
        lock (_copyLock)
        {
            return (T)element.CloneNode(true);
        }
    }

    /// <summary>The writer's style ids that have another id in the reference (matched by name).</summary>
    internal IReadOnlyDictionary<string, string> StyleIdMap { get; }

    internal string? HeaderXml { get; }

    /// <summary>
    /// True when the header is the default reference document's running head (its sample short title, restyled or
    /// not): each document then puts its own short title there, or has no header when it has none.
    /// </summary>
    internal bool HeaderIsRunningHead { get; }

    /// <summary>The reference's theme (theme fonts and colours its styles may name), or null.</summary>
    internal string? ThemeXml { get; }

    /// <summary>The reference's font table (the fonts' families and fallbacks), or null.</summary>
    internal string? FontTableXml { get; }

    /// <summary>The running head for a document of <paramref name="shortTitle"/> from a running-head template header.</summary>
    internal W.Header RunningHead(string shortTitle)
    {
        var header = new W.Header(HeaderXml!);
        var texts = header.Descendants<W.Text>().ToList();
        texts[0].Text = shortTitle;
        foreach (var rest in texts.Skip(1))
        {
            rest.Remove();
        }

        return header;
    }

    private static bool IsRunningHeadTemplate(string headerXml)
    {
        var header = new W.Header(headerXml);
        return header.Descendants<W.Text>().Any()
            && string.Equals(header.InnerText.Trim(), ReferenceSample.RunningHead, StringComparison.Ordinal);
    }

    internal string? FooterXml { get; }

    /// <summary>Reads a reference document.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word document with styles.</exception>
    public static DocxReferenceDocument Load(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var buffer = new MemoryStream();
        docx.CopyTo(buffer);
        buffer.Position = 0;
        if (DocxPackageGuard.Problem(buffer) is { } problem)
            throw new InvalidDataException(char.ToLowerInvariant(problem[0]) + problem[1..]);
        try
        {
            using var document = WordprocessingDocument.Open(buffer, isEditable: false);
            return Read(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or InvalidOperationException)
        {
            throw new InvalidDataException($"not a Word document ({e.Message})", e);
        }
    }

    private static DocxReferenceDocument Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("not a Word document (no main document part)");
        var styles = main.StyleDefinitionsPart?.Styles
            ?? throw new InvalidDataException("has no styles (word/styles.xml); save it from Word or LibreOffice as .docx");
        var warnings = new List<string>();
        var section = main.Document?.Body?.Elements<W.SectionProperties>().LastOrDefault();
        var theme = main.ThemePart is { } themePart && !themePart.Parts.Any() ? themePart : null;
        var fontTable = main.FontTablePart is { } fontPart && !fontPart.Parts.Any() ? fontPart : null;
        List<OpenXmlPart> copied = [main.StyleDefinitionsPart, .. main.HeaderParts, .. main.FooterParts];
        copied.AddRange(new OpenXmlPart?[] { theme, fontTable }.OfType<OpenXmlPart>());
        if (DocxReferenceRepair.Repair(document, copied) is { } invalid)
        {
            warnings.Add(invalid);
        }

        var merged = DocxReferenceStyles.Merge(styles, DocxStyleSheet.Build(language: null), warnings);
        var header = PartXml<HeaderPart>(main, section?.Elements<W.HeaderReference>(), "header", warnings);
        var footer = PartXml<FooterPart>(main, section?.Elements<W.FooterReference>(), "footer", warnings);
        return new DocxReferenceDocument(
            merged.Styles,
            merged.IdMap,
            section,
            header,
            footer,
            theme?.RootElement?.OuterXml,
            fontTable?.RootElement?.OuterXml,
            warnings);
    }

    /// <summary>The default header or footer's XML; null when there is none or it needs parts of its own (images).</summary>
    private static string? PartXml<TPart>(
        MainDocumentPart main, IEnumerable<W.HeaderFooterReferenceType>? references, string kind, List<string> warnings)
        where TPart : OpenXmlPart
    {
        var reference = references?.FirstOrDefault(r => r.Type is null || r.Type.Value == W.HeaderFooterValues.Default);
        if (reference?.Id?.Value is not { } id || !main.TryGetPartById(id, out var part) || part is not TPart)
        {
            return null;
        }

        if (part.Parts.Any() || part.ExternalRelationships.Any() || part.HyperlinkRelationships.Any())
        {
            warnings.Add($"its {kind} has images or links, which are not copied; using the built-in {kind}");
            return null;
        }

        return part.RootElement?.OuterXml;
    }
}
