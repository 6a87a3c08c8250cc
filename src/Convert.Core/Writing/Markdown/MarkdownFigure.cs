using Convert.Core.Model;
using Convert.Core.Writing.Text;

namespace Convert.Core.Writing.Markdown;

/// <summary>
/// A figure in Markdown: <c>![alt](src)</c> when the image has an address or a saved file, then the caption and credit
/// in italics on the next line. A saved file is linked relative to the output's folder when that is known (the link
/// must work where the Markdown file is), else relative to the input, as the JSON gives it.
/// </summary>
internal static class MarkdownFigure
{
    public static string Of(Figure figure, string? outputFolder)
    {
        var lines = new List<string>(2);
        var src = LocalSource(figure.LocalImage, outputFolder) ?? figure.ImageUrl;
        if (src is not null)
            lines.Add($"![{MarkdownText.Escape(TextDocument.OneLine(figure.AltText ?? ""))}]({MarkdownText.Destination(src)})");
        var caption = figure.CaptionAndCredit;
        if (caption.Count > 0)
            lines.Add($"*{TextDocument.OneLine(MarkdownText.Inline(caption))}*");
        // A backslash ends the image line with a hard break, so the caption prints under it.
        return string.Join("\\\n", lines);
    }

    private static string? LocalSource(LocalImage? image, string? outputFolder)
    {
        if (image is null)
            return null;
        if (image.FullPath is null || outputFolder is null)
            return image.RelativePath;
        return Path.GetRelativePath(outputFolder, image.FullPath).Replace(Path.DirectorySeparatorChar, '/');
    }
}
