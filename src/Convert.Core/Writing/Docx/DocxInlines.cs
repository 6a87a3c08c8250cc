using System.Text;
using Convert.Core.Model;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Turns model runs into Word runs and hyperlinks. Bold and italic become the Strong, Emphasis or
/// StrongEmphasis character styles; a linked run takes the Hyperlink style, so its bold or italic stays
/// direct formatting (a run has only one character style).
/// </summary>
internal sealed class DocxInlines(DocxHyperlinks hyperlinks)
{
    public IEnumerable<OpenXmlElement> Build(IReadOnlyList<Run> runs)
    {
        foreach (var run in runs)
        {
            if (run.Text.Length == 0)
            {
                continue;
            }

            var relationshipId = run.LinkUrl is null ? null : hyperlinks.RelationshipIdFor(run.LinkUrl);
            if (relationshipId is null)
            {
                yield return WordRun(run.Text, StyledProperties(run));
            }
            else
            {
                yield return new W.Hyperlink(WordRun(run.Text, LinkProperties(run))) { Id = relationshipId, History = true };
            }
        }
    }

    /// <summary>A plain run of text in the paragraph's own style.</summary>
    public static W.Run Plain(string text) => WordRun(text, properties: null);

    private static W.RunProperties? StyledProperties(Run run)
    {
        var styleId = (run.Bold, run.Italic) switch
        {
            (true, true) => DocxStyleIds.StrongEmphasis,
            (true, false) => DocxStyleIds.Strong,
            (false, true) => DocxStyleIds.Emphasis,
            _ => null,
        };
        return styleId is null ? null : new W.RunProperties { RunStyle = new W.RunStyle { Val = styleId } };
    }

    private static W.RunProperties LinkProperties(Run run) => new()
    {
        RunStyle = new W.RunStyle { Val = DocxStyleIds.Hyperlink },
        Bold = run.Bold ? new W.Bold() : null,
        Italic = run.Italic ? new W.Italic() : null,
    };

    /// <summary>
    /// One Word run; line breaks and tabs in the text become w:br and w:tab, and characters XML cannot
    /// carry (control characters scraped from pages) are dropped so saving never fails.
    /// </summary>
    private static W.Run WordRun(string text, W.RunProperties? properties)
    {
        var run = new W.Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        var pending = new StringBuilder();
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c is '\n' or '\r' or '\t')
            {
                Flush(run, pending);
                run.Append(c == '\t' ? new W.TabChar() : new W.Break());
            }
            else if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                pending.Append(c).Append(normalized[++i]);
            }
            else if (XmlText.IsAllowed(c))
            {
                pending.Append(c);
            }
        }

        Flush(run, pending);
        return run;
    }

    private static void Flush(W.Run run, StringBuilder pending)
    {
        if (pending.Length == 0)
        {
            return;
        }

        var text = pending.ToString();
        pending.Clear();
        var needsPreserve = char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);
        run.Append(new W.Text(text) { Space = needsPreserve ? SpaceProcessingModeValues.Preserve : null });
    }
}
