using System.Text;

namespace Convert.Core.Reading;

/// <summary>
/// Turns raw input bytes into text: an encoding the user forces, else UTF-8 (with or without BOM) and UTF-16 by BOM,
/// else the document's declared charset, else UTF-8; bytes that are not valid UTF-8 and declare nothing get their
/// legacy charset detected (windows-1251, ISO-8859-7, windows-1250, Shift_JIS...), windows-1252 when in doubt.
/// Rejects empty and binary input.
/// </summary>
public static class InputDecoder
{
    // Share of control characters (other than tab, line ends and form feed) above which text is taken for binary.
    private const double MaxControlShare = 0.05;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <exception cref="InputFormatException">The input is empty, whitespace only, or binary.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, declared: null);

    /// <summary>Decodes <paramref name="bytes"/>, trusting a byte order mark first, then <paramref name="declared"/>.</summary>
    /// <param name="bytes">The input.</param>
    /// <param name="declared">The encoding the document declares (an HTML page's charset), or null.</param>
    /// <exception cref="InputFormatException">The input is empty, whitespace only, or binary.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? declared) => Decode(bytes, declared, forced: null);

    /// <summary>Decodes <paramref name="bytes"/> with <paramref name="forced"/> when given, else as <see cref="Decode(ReadOnlySpan{byte}, Encoding?)"/>.</summary>
    /// <param name="bytes">The input.</param>
    /// <param name="declared">The encoding the document declares (an HTML page's charset), or null.</param>
    /// <param name="forced">The encoding the user named (<c>--encoding</c>): it wins over byte order marks and declarations.</param>
    /// <exception cref="InputFormatException">The input is empty, whitespace only, or binary.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? declared, Encoding? forced)
    {
        var decoded = (forced is null ? null : DecodeForced(bytes, forced))
            ?? DecodeByBom(bytes)
            ?? (declared is null || declared.CodePage == Encoding.UTF8.CodePage ? DecodeUtf8OrFallback(bytes) : DecodeDeclared(bytes, declared));
        if (IsBlank(decoded.Text))
            throw new InputFormatException("empty input");
        if (LooksBinary(decoded.Text))
            throw new InputFormatException("binary content, not text");
        // A few stray control characters (ESC, BEL) are below the binary threshold but never text.
        return decoded with { Text = ControlCharacters.Strip(decoded.Text) };
    }

    private static DecodedText? DecodeByBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Utf8(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16", false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16BE", false);
        return null;
    }

    private static DecodedText DecodeUtf8OrFallback(ReadOnlySpan<byte> bytes)
    {
        // NUL bytes never occur in text; decoding them as windows-1252 would only hide that the input is binary.
        if (bytes.Contains((byte)0))
            throw new InputFormatException("binary content, not text");
        try
        {
            return Utf8(bytes);
        }
        catch (DecoderFallbackException)
        {
            var (text, name) = LegacyCharsetDetector.Decode(bytes);
            return new DecodedText(text, name, true);
        }
    }

    private static DecodedText DecodeForced(ReadOnlySpan<byte> bytes, Encoding forced)
    {
        if (bytes.Contains((byte)0) && forced.IsSingleByte)
            throw new InputFormatException("binary content, not text");
        // A byte order mark of the forced encoding itself is not text; any other bytes are decoded as the user said.
        var preamble = forced.Preamble;
        if (preamble.Length > 0 && bytes.StartsWith(preamble))
            bytes = bytes[preamble.Length..];
        return new DecodedText(forced.GetString(bytes), forced.WebName, false);
    }

    // Bytes that are valid UTF-8 are read as UTF-8 even when the page declares a legacy charset: pages re-saved as
    // UTF-8 keep their old declaration, and non-ASCII text in a legacy charset is almost never valid UTF-8 by chance.
    private static DecodedText DecodeDeclared(ReadOnlySpan<byte> bytes, Encoding declared)
    {
        if (bytes.Contains((byte)0) && declared.IsSingleByte)
            throw new InputFormatException("binary content, not text");
        try
        {
            return Utf8(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(declared.GetString(bytes), declared.WebName, false);
        }
    }

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes) => new(StrictUtf8.GetString(bytes), "utf-8", false);

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !TextCharacters.IsZeroWidth(c))
                return false;
        }
        return true;
    }

    private static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
                return true;
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f') && c is < '\u0080' or > '\u009F')
                controls++;
        }
        return controls > text.Length * MaxControlShare;
    }
}
