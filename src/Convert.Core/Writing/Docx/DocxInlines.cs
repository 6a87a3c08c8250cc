using System.Text;
using Convert.Core.Model;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Turns model runs into Word runs and hyperlinks, with no direct formatting: bold and italic become the Strong,
/// Emphasis or StrongEmphasis character styles, inline code Verbatim Char, a link takes Hyperlink (or its
/// bold/italic variants), and only a run's language, right-to-left reading order and sub/superscript position, which
/// carry meaning rather than looks, are set on the run itself. A link's target is also printed, per
/// <see cref="PrintedUrls"/>, unless the link text already shows it or the paragraph is a heading; an e-mail target
/// is printed as its address, and the targets come without tracking parameters (<see cref="DocxHyperlinks"/>).
/// </summary>
internal sealed class DocxInlines(DocxHyperlinks hyperlinks, DocxFootnotes footnotes, PrintedUrls printUrls)
{
    /// <summary>The runs of a paragraph in <paramref name="paragraphStyleId"/>; a bold paragraph style's runs take no bold style.</summary>
    public IEnumerable<OpenXmlElement> Build(IReadOnlyList<Run> runs, string? paragraphStyleId = null)
    {
        // A bold character style inside a bold paragraph style toggles bold off in Word (ECMA-376 §17.7.3).
        var paragraphIsBold = paragraphStyleId is not null && DocxStyleIds.BoldParagraphStyles.Contains(paragraphStyleId);
        foreach (var original in runs)
        {
            var run = paragraphIsBold ? original with { Bold = false } : original;
            if (run.Text.Length == 0)
            {
                continue;
            }

            var target = run.LinkUrl is null ? null : hyperlinks.TargetFor(run.LinkUrl);
            if (target is null)
            {
                yield return WordRun(run.Text, Properties(run, CharacterStyleOf(run)));
                continue;
            }

            // The mark or the printed URL goes right after the link's last word, not after a space it ends with.
            var linked = run.Text.TrimEnd();
            var printed = PrintedFor(run, target, paragraphStyleId);
            if (printed is null || linked.Length == 0)
            {
                yield return Hyperlink(run.Text, run, target);
                continue;
            }

            yield return Hyperlink(linked, run, target);
            if (printUrls == PrintedUrls.Footnote)
            {
                foreach (var element in footnotes.Reference(printed))
                {
                    yield return element;
                }
            }
            else
            {
                yield return WordRun($" ({printed})", Properties(run with { Bold = false, Italic = false }, styleId: null));
            }

            if (linked.Length < run.Text.Length)
            {
                yield return WordRun(run.Text[linked.Length..], Properties(run, CharacterStyleOf(run)));
            }
        }
    }

    private static W.Hyperlink Hyperlink(string text, Run run, DocxLinkTarget target) =>
        new(WordRun(text, Properties(run, LinkStyleOf(run)))) { Id = target.RelationshipId, History = true };

    /// <summary>
    /// The URL to print after a link, or null: never in a heading or title (a note mark or an address there reads as
    /// part of it), never when the link text already shows where it goes.
    /// </summary>
    private string? PrintedFor(Run run, DocxLinkTarget target, string? paragraphStyleId)
    {
        if (printUrls == PrintedUrls.None || (paragraphStyleId is not null && DocxStyleIds.DisplayParagraphStyles.Contains(paragraphStyleId)))
        {
            return null;
        }

        var shown = ShowsItsTarget(run.Text, target.Url) || (run.LinkUrl is { } original && ShowsItsTarget(run.Text, original));
        return shown ? null : PrintedUrl.Display(target.Url);
    }

    /// <summary>A plain run of text in the paragraph's own style.</summary>
    public static W.Run Plain(string text) => WordRun(text, properties: null);

    /// <summary>True when printing the URL would repeat what the link text says ("example.org/a" for "https://example.org/a").</summary>
    internal static bool ShowsItsTarget(string text, string url)
    {
        static string Bare(string value) => value.Trim().TrimEnd('/')
            .Replace("mailto:", "", StringComparison.OrdinalIgnoreCase)
            .Replace("https://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("www.", "", StringComparison.OrdinalIgnoreCase);
        return string.Equals(Bare(text), Bare(url), StringComparison.OrdinalIgnoreCase);
    }

    private static string? CharacterStyleOf(Run run) => (run.Bold, run.Italic) switch
    {
        _ when run.Code => DocxStyleIds.VerbatimChar,
        (true, true) => DocxStyleIds.StrongEmphasis,
        (true, false) => DocxStyleIds.Strong,
        (false, true) => DocxStyleIds.Emphasis,
        _ => null,
    };

    private static string LinkStyleOf(Run run) => (run.Bold, run.Italic) switch
    {
        (true, true) => DocxStyleIds.HyperlinkStrongEmphasis,
        (true, false) => DocxStyleIds.HyperlinkStrong,
        (false, true) => DocxStyleIds.HyperlinkEmphasis,
        _ => DocxStyleIds.Hyperlink,
    };

    private static W.RunProperties? Properties(Run run, string? styleId)
    {
        var rightToLeft = DocxScript.IsRightToLeft(run.Text);
        // A span tag that is not a language tag is dropped rather than guessed.
        var language = DocxLanguage.TryFrom(run.Language);
        var position = run.Position switch
        {
            RunPosition.Subscript => W.VerticalPositionValues.Subscript,
            RunPosition.Superscript => W.VerticalPositionValues.Superscript,
            _ => (W.VerticalPositionValues?)null,
        };
        if (styleId is null && !rightToLeft && language is null && position is null)
        {
            return null;
        }

        return new W.RunProperties
        {
            RunStyle = styleId is null ? null : new W.RunStyle { Val = styleId },
            VerticalTextAlignment = position is { } value ? new W.VerticalTextAlignment { Val = value } : null,
            RightToLeftText = rightToLeft ? new W.RightToLeftText() : null,
            Languages = language?.RunLanguages(),
        };
    }

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
        // Runs of spaces too: code aligns with them.
        var needsPreserve = char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal);
        run.Append(new W.Text(text) { Space = needsPreserve ? SpaceProcessingModeValues.Preserve : null });
    }
}
