using System.Text;
using Convert.Core.Reading;

namespace Convert.Tests.Reading;

public class InputDecoderTests
{
    [Fact]
    public void Utf8WithoutBomIsDecodedAsUtf8()
    {
        var result = InputDecoder.Decode(Encoding.UTF8.GetBytes("Café “quoted” – dash"));
        Assert.Equal(new DecodedText("Café “quoted” – dash", "utf-8", false), result);
    }

    [Fact]
    public void Utf8BomIsStripped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Title")];
        Assert.Equal(new DecodedText("Title", "utf-8", false), InputDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16LittleEndianBomIsDecoded()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Grüße\r\nzwei")];
        Assert.Equal(new DecodedText("Grüße\r\nzwei", "utf-16", false), InputDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16BigEndianBomIsDecoded()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Ελληνικά")];
        Assert.Equal(new DecodedText("Ελληνικά", "utf-16BE", false), InputDecoder.Decode(bytes));
    }

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252()
    {
        // 0xE9 is "é" and 0x93/0x94 are curly quotes in windows-1252, but invalid as UTF-8 here.
        byte[] bytes = [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'x', 0x94];
        Assert.Equal(new DecodedText("Café “x”", "windows-1252", true), InputDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t\n")]
    [InlineData("\u00A0\u200B\n")]
    public void EmptyOrWhitespaceInputIsRejected(string text)
    {
        var error = Assert.Throws<InputFormatException>(() => InputDecoder.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal("empty input", error.Message);
    }

    [Fact]
    public void NulBytesAreRejectedAsBinary()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var error = Assert.Throws<InputFormatException>(() => InputDecoder.Decode(bytes));
        Assert.Equal("binary content, not text", error.Message);
    }

    [Fact]
    public void ManyControlCharactersAreRejectedAsBinary()
    {
        var bytes = Encoding.UTF8.GetBytes("ab\u0001\u0002cd\u0003\u0004ef\u0005\u0006gh");
        var error = Assert.Throws<InputFormatException>(() => InputDecoder.Decode(bytes));
        Assert.Equal("binary content, not text", error.Message);
    }

    [Fact]
    public void TabsFormFeedsAndLineEndsAreNotControlNoise()
    {
        var result = InputDecoder.Decode(Encoding.UTF8.GetBytes("a\tb\r\nc\fd\ne"));
        Assert.Equal("a\tb\r\nc\fd\ne", result.Text);
    }
}
