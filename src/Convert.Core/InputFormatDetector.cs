using Convert.Core.Html;
using Convert.Core.Reading;

namespace Convert.Core;

/// <summary>Decides how to read an input when the caller did not say: by file extension, then by its first bytes.</summary>
public static class InputFormatDetector
{
    public static InputFormat Detect(string? sourcePath, ReadOnlySpan<byte> bytes) => InputReaders.Detect(sourcePath, bytes).Format;

    /// <summary>True when the input starts (after a BOM, whitespace and comments) with markup a page starts with.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes) => HtmlSniffer.LooksLikeHtml(bytes);
}
