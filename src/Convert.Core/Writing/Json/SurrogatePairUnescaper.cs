namespace Convert.Core.Writing.Json;

/// <summary>
/// Turns <c>\uD83D\uDE00</c> escapes back into the characters they stand for. The built-in encoders escape every
/// character outside the Basic Multilingual Plane (emoji, some CJK), even the relaxed one; JSON does not need that,
/// and the format promises readable text. Writing a custom <c>JavaScriptEncoder</c> would need unsafe code.
/// Works on the serializer's UTF-8 bytes in place, chunk by chunk (each escaped pair of 12 bytes becomes the
/// character's 4), so a large article is never held whole as a string or a buffer to be written.
/// </summary>
internal static class SurrogatePairUnescaper
{
    private const int EscapeLength = 6; // \uXXXX

    /// <summary>Unescapes the pairs in <paramref name="json"/> in place.</summary>
    /// <param name="json">UTF-8 JSON text, or a chunk of it.</param>
    /// <param name="final">False when more bytes follow: a backslash run that may continue past the end, or may start
    /// a pair that does, is left unread.</param>
    /// <param name="read">How many bytes were read; the rest must come again at the start of the next chunk.</param>
    /// <returns>How many bytes at the start of <paramref name="json"/> now hold the unescaped text.</returns>
    public static int Unescape(Span<byte> json, bool final, out int read)
    {
        read = json.IndexOf((byte)'\\');
        if (read < 0)
        {
            read = json.Length;
            return json.Length;
        }
        var write = read;
        while (read < json.Length)
        {
            var plain = json[read..].IndexOf((byte)'\\');
            if (plain < 0)
                plain = json.Length - read;
            Move(json, ref read, ref write, plain);
            if (read == json.Length)
                break;
            // An escape is a backslash after an even run of backslashes (an odd run means the text had a "\").
            var run = 0;
            while (read + run < json.Length && json[read + run] == (byte)'\\')
                run++;
            var lastSlash = read + run - 1;
            if (!final && (read + run == json.Length || (run % 2 == 1 && json.Length - lastSlash < 2 * EscapeLength)))
                break;
            if (run % 2 == 1 && Pair(json[lastSlash..]) is { } codePoint)
            {
                Move(json, ref read, ref write, run - 1);
                new System.Text.Rune(codePoint).EncodeToUtf8(json[write..]);
                write += 4;
                read += 2 * EscapeLength;
            }
            else
            {
                Move(json, ref read, ref write, run);
            }
        }
        return write;
    }

    private static void Move(Span<byte> json, ref int read, ref int write, int count)
    {
        if (write != read)
            json.Slice(read, count).CopyTo(json[write..]);
        read += count;
        write += count;
    }

    // "\uD[89AB]XX\uD[C-F]XX", upper-case hex as the encoder writes it: the code point, or null.
    private static int? Pair(ReadOnlySpan<byte> escapes)
    {
        if (escapes.Length < 2 * EscapeLength || Unit(escapes) is not { } high || Unit(escapes[EscapeLength..]) is not { } low)
            return null;
        if (high is < 0xD800 or > 0xDBFF || low is < 0xDC00 or > 0xDFFF)
            return null;
        return char.ConvertToUtf32((char)high, (char)low);
    }

    private static int? Unit(ReadOnlySpan<byte> escape)
    {
        if (escape[0] != (byte)'\\' || escape[1] != (byte)'u')
            return null;
        var value = 0;
        foreach (var digit in escape[2..EscapeLength])
        {
            var nibble = digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
                _ => -1,
            };
            if (nibble < 0)
                return null;
            value = (value << 4) | nibble;
        }
        return value;
    }
}
