using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Collects footnotes while the body is written (the printed targets of hyperlinks), then builds footnotes.xml.
/// Ids -1 and 0 are the separator and continuation separator Word expects; notes are numbered from 1 in order.
/// A text is noted once: its first mark is bookmarked, and a later use prints the same number through a NOTEREF
/// field to that bookmark (formatted as a note mark), so a page citing one address ten times has one note for it.
/// </summary>
internal sealed class DocxFootnotes
{
    private const int SeparatorId = -1;
    private const int ContinuationSeparatorId = 0;

    private readonly List<string> _notes = [];
    private readonly Dictionary<string, int> _idsByText = new(StringComparer.Ordinal);

    public bool IsUsed => _notes.Count > 0;

    /// <summary>
    /// The note mark for <paramref name="text"/>, to place right after the linked text: a new note the first time,
    /// a reference to that note's number after.
    /// </summary>
    public IEnumerable<OpenXmlElement> Reference(string text)
    {
        if (_idsByText.TryGetValue(text, out var id))
        {
            var number = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return [new W.SimpleField(new W.Run(MarkProperties(), new W.Text(number))) { Instruction = $" NOTEREF {BookmarkName(id)} \\f \\h " }];
        }

        _notes.Add(text);
        id = _notes.Count;
        _idsByText.Add(text, id);
        var bookmarkId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new W.BookmarkStart { Id = bookmarkId, Name = BookmarkName(id) },
            new W.Run(MarkProperties(), new W.FootnoteReference { Id = id }),
            new W.BookmarkEnd { Id = bookmarkId },
        ];
    }

    // A name starting with "_" is a hidden bookmark: Word does not list it among the user's own.
    private static string BookmarkName(int id) => $"_Note{id}";

    private static W.RunProperties MarkProperties() => new() { RunStyle = new W.RunStyle { Val = DocxStyleIds.FootnoteReference } };

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
