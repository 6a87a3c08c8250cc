using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// The text of one paragraph for the dump. Runs with a character style or direct bold/italic read as
/// "{Strong: text}" or "{Hyperlink+b: text}" (with "sub", "sup", "rtl" and "lang TAG" when set), hyperlinks as "[text](target)",
/// footnote references as "[^1]", fields as "{PAGE}", pictures as "{picture: ...}",
/// breaks and tabs as "&lt;br&gt;" and "&lt;tab&gt;". Adjacent runs that look the same are merged, so
/// documents that split text into many runs still dump readably.
/// </summary>
internal sealed class DocxDumpInlines(OpenXmlPart? part)
{
    public string Text(W.Paragraph paragraph)
    {
        var segments = new List<Segment>();
        var field = new FieldState();
        Collect(paragraph, segments, field);
        return Render(segments);
    }

    private void Collect(OpenXmlElement container, List<Segment> segments, FieldState field)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.ParagraphProperties or W.DeletedRun or W.Paragraph:
                    break;
                case W.Run run:
                    CollectRun(run, segments, field, part);
                    break;
                case W.Hyperlink hyperlink:
                    var inner = new List<Segment>();
                    Collect(hyperlink, inner, field);
                    segments.Add(new Segment(null, $"[{Render(inner)}]({TargetOf(hyperlink)})"));
                    break;
                case W.SimpleField simple:
                    segments.Add(new Segment(null, FieldText(simple.Instruction?.Value)));
                    break;
                default:
                    Collect(child, segments, field);
                    break;
            }
        }
    }

    private static void CollectRun(W.Run run, List<Segment> segments, FieldState field, OpenXmlPart? part)
    {
        var marker = MarkerOf(run.RunProperties);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case W.FieldChar { FieldCharType.Value: var type }:
                    if (type == W.FieldCharValues.Begin)
                    {
                        field.Begin();
                    }
                    else if (type == W.FieldCharValues.End && field.Depth > 0 && field.End() is { } instruction)
                    {
                        segments.Add(new Segment(null, FieldText(instruction)));
                    }

                    break;
                case W.FieldCode code when field.Depth > 0:
                    field.Instruction.Append(code.Text);
                    break;
                case W.Text text when field.Depth == 0:
                    segments.Add(new Segment(marker, text.Text));
                    break;
                case W.TabChar when field.Depth == 0:
                    segments.Add(new Segment(marker, "<tab>"));
                    break;
                case W.Break brk when field.Depth == 0:
                    segments.Add(new Segment(marker, brk.Type?.Value == W.BreakValues.Page ? "<page-break>" : "<br>"));
                    break;
                case W.FootnoteReference note when field.Depth == 0:
                    segments.Add(new Segment(null, $"[^{note.Id?.Value}]"));
                    break;
                case W.FootnoteReferenceMark when field.Depth == 0:
                    segments.Add(new Segment(null, "[^]"));
                    break;
                case W.Drawing drawing when field.Depth == 0:
                    segments.Add(new Segment(null, DocxDumpPictures.Describe(drawing, part)));
                    break;
            }
        }
    }

    private static string? MarkerOf(W.RunProperties? properties)
    {
        if (properties is null)
        {
            return null;
        }

        var parts = new List<string>(3);
        if (properties.RunStyle?.Val?.Value is { Length: > 0 } style)
        {
            parts.Add(style);
        }

        if (IsOn(properties.Bold))
        {
            parts.Add("b");
        }

        if (IsOn(properties.Italic))
        {
            parts.Add("i");
        }

        if (properties.VerticalTextAlignment?.Val?.Value is { } position && position != W.VerticalPositionValues.Baseline)
        {
            parts.Add(position == W.VerticalPositionValues.Subscript ? "sub" : "sup");
        }

        if (properties.RightToLeftText is { } rtl && IsOn(rtl))
        {
            parts.Add("rtl");
        }

        if (properties.Languages is { } languages)
        {
            parts.Add("lang " + (languages.Val?.Value ?? languages.EastAsia?.Value ?? languages.Bidi?.Value));
        }

        return parts.Count == 0 ? null : string.Join('+', parts);
    }

    private static bool IsOn(W.OnOffType? toggle) => toggle is not null && (toggle.Val is null || toggle.Val.Value);

    private string TargetOf(W.Hyperlink hyperlink)
    {
        if (hyperlink.Id?.Value is { } id && part is not null)
        {
            var relationship = part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
            return relationship?.Uri.OriginalString ?? $"missing relationship {id}";
        }

        return hyperlink.Anchor?.Value is { } anchor ? "#" + anchor : "no target";
    }

    private static string FieldText(string? instruction) => "{" + (instruction ?? string.Empty).Trim() + "}";

    private static string Render(List<Segment> segments)
    {
        var text = new StringBuilder();
        for (var i = 0; i < segments.Count;)
        {
            var marker = segments[i].Marker;
            var merged = new StringBuilder();
            for (; i < segments.Count && segments[i].Marker == marker; i++)
            {
                merged.Append(segments[i].Text);
            }

            text.Append(marker is null ? merged.ToString() : $"{{{marker}: {merged}}}");
        }

        return text.ToString();
    }

    private readonly record struct Segment(string? Marker, string Text);

    /// <summary>Tracks complex fields (begin, instruction, cached result, end), which may nest; the cached result is not shown.</summary>
    private sealed class FieldState
    {
        private readonly Stack<StringBuilder> _instructions = new();

        public int Depth => _instructions.Count;
        public StringBuilder Instruction => _instructions.Peek();

        public void Begin() => _instructions.Push(new StringBuilder());

        /// <summary>Closes the innermost field; returns its instruction when it was the outermost one.</summary>
        public string? End()
        {
            var instruction = _instructions.Pop().ToString();
            return _instructions.Count == 0 ? instruction : null;
        }
    }
}
