using System.Text;

namespace Convert.Core;

/// <summary>Decides how to read an input when the caller did not say: by file extension, then by its first bytes.</summary>
public static class InputFormatDetector
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml"];
    private static readonly string[] TextExtensions = [".txt", ".text"];
    private static readonly string[] HtmlStarts = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<section", "<main"];

    public static InputFormat Detect(string? sourcePath, ReadOnlySpan<byte> bytes)
    {
        var extension = Path.GetExtension(sourcePath ?? "");
        if (HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return InputFormat.Html;
        if (TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return InputFormat.Text;
        return LooksLikeHtml(bytes) ? InputFormat.Html : InputFormat.Text;
    }

    /// <summary>True when the input starts (after a BOM, whitespace and comments) with markup a page starts with.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var start = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]).TrimStart('\uFEFF', 'ï', '»', '¿').TrimStart();
        while (start.StartsWith("<!--", StringComparison.Ordinal) || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            var end = start.IndexOf('>', StringComparison.Ordinal);
            if (end < 0)
                return false;
            start = start[(end + 1)..].TrimStart();
        }
        return HtmlStarts.Any(s => start.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
