using System.Text;
using UtfUnknown;

namespace Convert.Core.Reading;

/// <summary>
/// Picks the legacy charset of bytes that are not valid UTF-8 and declare none, with the Mozilla universal charset
/// detector (UTF.Unknown). windows-1252 stays the default: the detector is only followed when its reading is at least
/// as plausible as windows-1252's and differs from it, because on short Western text it sometimes names a DOS or
/// Central European code page whose reading turns letters into symbols.
/// </summary>
internal static class LegacyCharsetDetector
{
    // Below this the detector is guessing; windows-1252 is the better guess for old Western pages.
    private const float MinConfidence = 0.3f;

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The windows-1252 code page is not available.");

    /// <summary>The text and the name of the charset it was read with.</summary>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        var western = Windows1252.GetString(bytes);
        var candidate = Detect(bytes.ToArray());
        if (candidate is null || candidate.CodePage == Windows1252.CodePage)
            return (western, "windows-1252");

        var text = candidate.GetString(bytes);
        if (text == western || Plausibility(text) < Plausibility(western))
            return (western, "windows-1252");
        return (text, candidate.WebName);
    }

    private static Encoding? Detect(byte[] bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected is null || detected.Confidence < MinConfidence || detected.EncodingName is null)
            return null;
        var name = detected.EncodingName.ToLowerInvariant();
        // Latin-1 and ASCII are windows-1252 as browsers read them; UTF-16/32 without a BOM is never guessed.
        if (name is "iso-8859-1" or "ascii" or "us-ascii" or "utf-8" || name.StartsWith("utf-", StringComparison.Ordinal))
            return null;
        var encoding = TextEncodings.Find(name);
        return encoding is { IsSingleByte: true } || encoding?.CodePage is 932 or 936 or 949 or 950 or 51932 or 51949 or 54936 or 20932
            ? encoding
            : null;
    }

    // The share of non-ASCII characters that are letters or marks: a wrong code page turns letters into symbols,
    // box drawing or control characters.
    private static double Plausibility(string text)
    {
        var nonAscii = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (c < '\u0080')
                continue;
            nonAscii++;
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                letters++;
        }
        return nonAscii == 0 ? 1 : (double)letters / nonAscii;
    }
}
