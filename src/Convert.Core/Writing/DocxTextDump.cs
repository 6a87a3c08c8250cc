using System.Globalization;
using System.Text;
using System.Xml;
using Convert.Core.Writing.Docx;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing;

/// <summary>
/// A readable, deterministic text dump of a .docx package, for snapshot tests and for people: core and custom
/// properties, page setup, settings (hyphenation), one line per body paragraph as "[StyleId] text" (right-to-left
/// ones marked "&lt;rtl&gt;", those in a table with their row and cell), then footnotes, headers and footers. Works on documents other tools wrote; missing
/// parts read as "(none)".
/// </summary>
public static class DocxTextDump
{
    /// <summary>Dumps the package in <paramref name="docx"/> (any stream; it is read to the end).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word package.</exception>
    public static string Dump(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var buffer = new MemoryStream();
        docx.CopyTo(buffer);
        buffer.Position = 0;

        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(buffer, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException)
        {
            throw new InvalidDataException($"Not a Word document: {e.Message}", e);
        }

        using (document)
        {
            var text = new StringBuilder();
            DocxDumpProperties.Append(document, text);
            var main = document.MainDocumentPart;
            var section = main?.Document?.Body?.Elements<W.SectionProperties>().LastOrDefault();
            text.Append("page: ").Append(PageSetup(section)).Append('\n');
            text.Append("hyphenation: ").Append(Hyphenation(main)).Append('\n');
            AppendBody(main, text);
            AppendFootnotes(main, text);
            AppendHeadersAndFooters(main, section, text);
            return text.ToString();
        }
    }

    private static string PageSetup(W.SectionProperties? section)
    {
        var size = section?.GetFirstChild<W.PageSize>();
        if (size?.Width?.Value is not { } width || size.Height?.Value is not { } height)
        {
            return "(not set)";
        }

        var page = $"{Millimetres(width)} x {Millimetres(height)} mm{PaperName(width, height)}";
        var margin = section?.GetFirstChild<W.PageMargin>();
        return margin is null
            ? page
            : $"{page}, margins top {Millimetres(margin.Top?.Value ?? 0)}, right {Millimetres(margin.Right?.Value ?? 0)}, " +
              $"bottom {Millimetres(margin.Bottom?.Value ?? 0)}, left {Millimetres(margin.Left?.Value ?? 0)} mm";
    }

    private static string PaperName(long width, long height) => (Math.Min(width, height), Math.Max(width, height)) switch
    {
        ( >= 11900 and <= 11910, >= 16830 and <= 16845) => " (A4)",
        (12240, 15840) => " (Letter)",
        _ => "",
    };

    private static string Hyphenation(MainDocumentPart? main)
    {
        var settings = main?.DocumentSettingsPart?.Settings;
        var on = settings?.GetFirstChild<W.AutoHyphenation>() is { } auto && (auto.Val?.Value ?? true);
        return on ? "automatic" : "off";
    }

    private static void AppendFootnotes(MainDocumentPart? main, StringBuilder text)
    {
        var notes = main?.FootnotesPart?.Footnotes?.Elements<W.Footnote>()
            .Where(n => n.Type is null || n.Type.Value == W.FootnoteEndnoteValues.Normal).ToList();
        if (main?.FootnotesPart is not { } part || notes is null || notes.Count == 0)
        {
            return;
        }

        text.Append("footnotes:\n");
        foreach (var note in notes)
        {
            text.Append(note.Id?.Value.ToString(CultureInfo.InvariantCulture) ?? "?").Append(": ");
            AppendParagraphs(note.Elements<W.Paragraph>(), part, main, text);
        }
    }

    private static string Millimetres(long twips) =>
        (twips * 25.4 / 1440).ToString("0.0", CultureInfo.InvariantCulture);

    private static void AppendBody(MainDocumentPart? main, StringBuilder text)
    {
        text.Append("body:\n");
        if (main?.Document?.Body is not { } body)
        {
            text.Append("(none)\n");
            return;
        }

        AppendParagraphs(body.Descendants<W.Paragraph>(), main, main, text);
    }

    private static void AppendHeadersAndFooters(MainDocumentPart? main, W.SectionProperties? section, StringBuilder text)
    {
        if (main is null || section is null)
        {
            return;
        }

        foreach (var reference in section.Elements<W.HeaderFooterReferenceType>())
        {
            var kind = reference is W.HeaderReference ? "header" : "footer";
            var type = reference.Type?.InnerText ?? "default";
            text.Append(kind).Append(" (").Append(type).Append("):\n");
            var part = reference.Id?.Value is { } id && main.TryGetPartById(id, out var found) ? found : null;
            var root = (part as HeaderPart)?.Header ?? (DocumentFormat.OpenXml.OpenXmlCompositeElement?)(part as FooterPart)?.Footer;
            if (part is null || root is null)
            {
                text.Append("(missing part)\n");
                continue;
            }

            AppendParagraphs(root.Descendants<W.Paragraph>(), part, main, text);
        }
    }

    private static void AppendParagraphs(IEnumerable<W.Paragraph> paragraphs, OpenXmlPart part, MainDocumentPart main, StringBuilder text)
    {
        var inlines = new DocxDumpInlines(part);
        var lists = new DocxDumpLists(main);
        var defaultStyle = main.StyleDefinitionsPart?.Styles?.Elements<W.Style>()
            .FirstOrDefault(s => s.Type?.Value == W.StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value ?? "Normal";
        foreach (var paragraph in paragraphs)
        {
            var properties = paragraph.ParagraphProperties;
            text.Append('[').Append(properties?.ParagraphStyleId?.Val?.Value ?? defaultStyle).Append(']');
            if (properties?.BiDi is not null)
            {
                text.Append(" <rtl>");
            }
            if (lists.Describe(properties) is { } list)
            {
                text.Append(' ').Append(list);
            }

            if (DocxDumpTables.Describe(paragraph) is { } place)
            {
                text.Append(' ').Append(place);
            }

            var content = inlines.Text(paragraph);
            if (content.Length > 0)
            {
                text.Append(' ').Append(content);
            }

            text.Append('\n');
        }
    }
}
