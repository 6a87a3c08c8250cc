using Convert.Core.Writing.Docx;

namespace Convert.Tests.Writing.Docx;

/// <summary>Images are told by their bytes, with their size in pixels; anything else is no image.</summary>
public class ImageKindTests
{
    [Fact]
    public void Png_IsToldByItsSignature_WithTheSizeFromIhdr() =>
        Assert.Equal(new ImageKind("image/png", 40, 24), ImageKind.Of(File.ReadAllBytes(FigureArticles.PngPath)));

    [Fact]
    public void Gif_HasTheLogicalScreenSize() =>
        Assert.Equal(new ImageKind("image/gif", 300, 2), ImageKind.Of([.. "GIF89a"u8, 0x2C, 0x01, 0x02, 0x00, 0, 0, 0]));

    [Fact]
    public void Jpeg_HasTheSizeOfItsFirstFrameHeader_AfterOtherSegments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46,                  // APP0, 2 bytes of data
            0xFF, 0xC4, 0x00, 0x03, 0x00,                        // DHT is not a frame header
            0xFF, 0xC2, 0x00, 0x0B, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x01, 0x01, 0x11, 0x00, // SOF2: 480 high, 640 wide
        ];

        Assert.Equal(new ImageKind("image/jpeg", 640, 480), ImageKind.Of(jpeg));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("RIFF....WEBPVP8 ")]
    [InlineData("")]
    [InlineData("GIF89a")]
    public void OtherBytes_OrTruncatedHeaders_AreNoImage(string content) =>
        Assert.Null(ImageKind.Of(System.Text.Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void ZeroSizedPng_IsNoImage()
    {
        var png = File.ReadAllBytes(FigureArticles.PngPath);
        png[16] = png[17] = png[18] = png[19] = 0;

        Assert.Null(ImageKind.Of(png));
    }
}
