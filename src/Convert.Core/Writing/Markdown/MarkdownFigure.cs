using Convert.Core.Model;
using Convert.Core.Writing.Text;

namespace Convert.Core.Writing.Markdown;

/// <summary>
/// A figure in Markdown: <c>![alt](src)</c> when the image has an address or a saved file (the file's path as the
/// JSON gives it, relative to the input), then the caption and credit in italics on the next line.
/// </summary>
internal static class MarkdownFigure
{
    public static string Of(Figure figure)
    {
        var lines = new List<string>(2);
        var src = figure.LocalImage?.RelativePath ?? figure.ImageUrl;
        if (src is not null)
            lines.Add($"![{MarkdownText.Escape(TextDocument.OneLine(figure.AltText ?? ""))}]({MarkdownText.Destination(src)})");
        var caption = figure.CaptionAndCredit;
        if (caption.Count > 0)
            lines.Add($"*{TextDocument.OneLine(MarkdownText.Inline(caption))}*");
        // A backslash ends the image line with a hard break, so the caption prints under it.
        return string.Join("\\\n", lines);
    }
}
