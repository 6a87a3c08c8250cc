using Convert.Core.Model;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// A right-to-left article (Hebrew, Arabic, Persian...) is laid out right to left as a whole: every paragraph of
/// the body, the footnotes, the header and the footer is w:bidi and every run w:rtl, so the title block, a date
/// written in digits and Latin names align and order as the article does, not as their own letters would. Tables
/// read from the right (bidiVisual). Other articles keep the per-paragraph choice by script
/// (<see cref="DocxParagraphs"/>), which serves an Arabic quotation in an English article.
/// </summary>
internal static class DocxRightToLeft
{
    /// <summary>
    /// True when the article's language is a right-to-left one or, when its language is unknown, when its title and
    /// body are mostly in right-to-left letters.
    /// </summary>
    public static bool IsRightToLeft(Article article, DocxLanguage? language)
    {
        if (language is not null)
        {
            return language.IsRightToLeft;
        }

        var text = string.Concat(article.Body.Select(b => b.PlainText).Prepend(article.Title ?? ""));
        return DocxScript.IsRightToLeft(text);
    }

    /// <summary>Marks every paragraph, run and table under <paramref name="roots"/> right to left.</summary>
    public static void Apply(IEnumerable<OpenXmlElement> roots)
    {
        foreach (var root in roots)
        {
            Apply(root);
        }
    }

    /// <inheritdoc cref="Apply(IEnumerable{OpenXmlElement})"/>
    public static void Apply(OpenXmlElement root)
    {
        foreach (var paragraph in Self<W.Paragraph>(root).Concat(root.Descendants<W.Paragraph>()))
        {
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new W.ParagraphProperties());
            properties.BiDi ??= new W.BiDi();
        }

        foreach (var run in Self<W.Run>(root).Concat(root.Descendants<W.Run>()))
        {
            var properties = run.RunProperties ?? run.PrependChild(new W.RunProperties());
            properties.RightToLeftText ??= new W.RightToLeftText();
        }

        foreach (var table in Self<W.TableProperties>(root).Concat(root.Descendants<W.TableProperties>()))
        {
            table.BiDiVisual ??= new W.BiDiVisual();
        }
    }

    private static IEnumerable<T> Self<T>(OpenXmlElement root)
        where T : OpenXmlElement => root is T self ? [self] : [];
}
