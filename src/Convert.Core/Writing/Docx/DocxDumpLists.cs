using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Describes the list numbering of a paragraph for the dump: "(list 2, decimal, level 0)", with ", from 5" when
/// the list starts at another number than 1. Numbering may come
/// from the paragraph itself or from its style chain; anything missing reads as "unknown" rather than failing.
/// </summary>
internal sealed class DocxDumpLists(MainDocumentPart? main)
{
    private readonly W.Numbering? _numbering = main?.NumberingDefinitionsPart?.Numbering;
    private readonly W.Styles? _styles = main?.StyleDefinitionsPart?.Styles;

    /// <summary>The numbering description, or null when the paragraph is not a list item.</summary>
    public string? Describe(W.ParagraphProperties? properties)
    {
        var numPr = properties?.NumberingProperties ?? FromStyle(properties?.ParagraphStyleId?.Val?.Value);
        var numId = numPr?.NumberingId?.Val?.Value;
        if (numId is null or 0)
        {
            return null;
        }

        var level = numPr?.NumberingLevelReference?.Val?.Value ?? 0;
        var start = StartOf(numId.Value, level);
        return $"(list {numId}, {FormatOf(numId.Value, level)}, level {level}{(start is { } from and not 1 ? $", from {from}" : "")})";
    }

    private W.NumberingProperties? FromStyle(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Add(styleId))
        {
            var style = _styles?.Elements<W.Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            if (style?.StyleParagraphProperties?.NumberingProperties is { } numPr)
            {
                return numPr;
            }

            styleId = style?.BasedOn?.Val?.Value;
        }

        return null;
    }

    private int? StartOf(int numId, int level) =>
        _numbering?.Elements<W.NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId)?
            .Elements<W.LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value;

    private string FormatOf(int numId, int level)
    {
        var instance = _numbering?.Elements<W.NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var overridden = instance?.Elements<W.LevelOverride>()
            .FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level;
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var levelDefinition = overridden ?? _numbering?.Elements<W.AbstractNum>()
            .FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<W.Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
        return levelDefinition?.NumberingFormat?.Val?.InnerText ?? "unknown";
    }
}
