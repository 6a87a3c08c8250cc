using System.Buffers.Binary;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// What an image file is, told by its first bytes (never by its name): PNG, JPEG or GIF, the formats every Word and
/// LibreOffice version prints, with the size in pixels. Anything else is not an image the Word writer embeds.
/// </summary>
/// <param name="ContentType">The MIME type of the image part.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
internal sealed record ImageKind(string ContentType, int Width, int Height)
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public string Extension => ContentType switch
    {
        "image/png" => "png",
        "image/jpeg" => "jpeg",
        _ => "gif",
    };

    /// <summary>The kind and size, or null when the bytes are not a PNG, JPEG or GIF whose size can be read.</summary>
    public static ImageKind? Of(ReadOnlySpan<byte> bytes)
    {
        var kind = bytes switch
        {
            _ when bytes.StartsWith(PngSignature) => Png(bytes),
            [0xFF, 0xD8, 0xFF, ..] => Jpeg(bytes),
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => Gif(bytes),
            _ => null,
        };
        return kind is { Width: > 0, Height: > 0 } ? kind : null;
    }

    private static ImageKind? Png(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 24 && bytes[12..16].SequenceEqual("IHDR"u8)
            ? new ImageKind("image/png", (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), int.MaxValue), (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]), int.MaxValue))
            : null;

    private static ImageKind? Gif(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 10
            ? new ImageKind("image/gif", BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]))
            : null;

    // The size is in the first start-of-frame segment (SOF0-SOF15 but DHT, JPG and DAC, which share the range).
    private static ImageKind? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
                return null;
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2;
                continue;
            }
            if (marker is 0xD9 or 0xDA)
                return null;
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return at + 9 <= bytes.Length
                    ? new ImageKind("image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]))
                    : null;
            }
            if (length < 2)
                return null;
            at += 2 + length;
        }
        return null;
    }
}
