using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Collects footnotes while the body is written (the printed targets of hyperlinks), then builds footnotes.xml.
/// Ids -1 and 0 are the separator and continuation separator Word expects; notes are numbered from 1 in order.
/// </summary>
internal sealed class DocxFootnotes
{
    private const int SeparatorId = -1;
    private const int ContinuationSeparatorId = 0;

    private readonly List<string> _notes = [];

    public bool IsUsed => _notes.Count > 0;

    /// <summary>Adds a note and returns the run that references it, to place right after the linked text.</summary>
    public W.Run Reference(string text)
    {
        _notes.Add(text);
        return new W.Run(
            new W.RunProperties { RunStyle = new W.RunStyle { Val = DocxStyleIds.FootnoteReference } },
            new W.FootnoteReference { Id = _notes.Count });
    }

    public W.Footnotes Build()
    {
        var footnotes = new W.Footnotes(
            new W.Footnote(new W.Paragraph(new W.Run(new W.SeparatorMark())))
            { Type = W.FootnoteEndnoteValues.Separator, Id = SeparatorId },
            new W.Footnote(new W.Paragraph(new W.Run(new W.ContinuationSeparatorMark())))
            { Type = W.FootnoteEndnoteValues.ContinuationSeparator, Id = ContinuationSeparatorId });
        for (var i = 0; i < _notes.Count; i++)
        {
            footnotes.Append(new W.Footnote(
                new W.Paragraph(
                    new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = DocxStyleIds.FootnoteText } },
                    new W.Run(new W.RunProperties { RunStyle = new W.RunStyle { Val = DocxStyleIds.FootnoteReference } }, new W.FootnoteReferenceMark()),
                    new W.Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve }),
                    DocxInlines.Plain(_notes[i])))
            { Id = i + 1 });
        }

        return footnotes;
    }

    /// <summary>The settings entry that names the separator notes, which Word requires once footnotes exist.</summary>
    public static W.FootnoteDocumentWideProperties SettingsProperties() => new(
        new W.FootnoteSpecialReference { Id = SeparatorId },
        new W.FootnoteSpecialReference { Id = ContinuationSeparatorId });
}
