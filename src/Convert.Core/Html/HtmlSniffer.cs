using System.Text;

namespace Convert.Core.Html;

/// <summary>Tells a page's markup from text by how the input starts.</summary>
internal static class HtmlSniffer
{
    private const int Window = 2048;
    private static readonly string[] HtmlStarts = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<section", "<main"];

    /// <summary>True when the input starts (after a BOM, whitespace and comments) with markup a page starts with.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var start = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, Window)]).TrimStart('\uFEFF', 'ï', '»', '¿').TrimStart();
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
