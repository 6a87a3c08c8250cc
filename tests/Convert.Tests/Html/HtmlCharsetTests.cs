using System.Text;
using Convert.Core.Html;
using Convert.Core.Reading;

namespace Convert.Tests.Html;

public class HtmlCharsetTests
{
    // "It’s “here”" in windows-1252: 0x92 is the right single quote, 0x93/0x94 the double quotes.
    private static readonly byte[] Windows1252Text = [(byte)'I', (byte)'t', 0x92, (byte)'s', (byte)' ', 0x93, (byte)'h', (byte)'e', (byte)'r', (byte)'e', 0x94];

    private static byte[] PageBytes(string head, byte[] text) =>
        [.. Encoding.ASCII.GetBytes($"<html><head>{head}</head><body><p>"), .. text, .. Encoding.ASCII.GetBytes("</p></body></html>")];

    private static DecodedText DecodeAsPage(byte[] bytes) => InputDecoder.Decode(bytes, HtmlCharset.Declared(bytes));

    [Fact]
    public void MetaCharset_IsFound()
    {
        var declared = HtmlCharset.Declared(Encoding.ASCII.GetBytes("<html><head><meta charset=\"windows-1252\"></head>"));

        Assert.Equal(1252, declared?.CodePage);
    }

    [Fact]
    public void HttpEquivContentType_IsFound()
    {
        var declared = HtmlCharset.Declared(Encoding.ASCII.GetBytes(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">"));

        Assert.Equal("iso-8859-2", declared?.WebName);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("ISO-8859-1")]
    [InlineData("latin1")]
    [InlineData("us-ascii")]
    public void LatinAndAsciiLabels_MeanWindows1252(string label)
    {
        var declared = HtmlCharset.Declared(Encoding.ASCII.GetBytes($"<meta charset='{label}'>"));

        Assert.Equal(1252, declared?.CodePage);
    }

    [Theory]
    [InlineData("<meta charset=utf-8>")]
    [InlineData("<meta charset=\"UTF-16\">")]
    public void Utf8AndUtf16Labels_MeanUtf8(string meta)
    {
        Assert.Equal(Encoding.UTF8.CodePage, HtmlCharset.Declared(Encoding.ASCII.GetBytes(meta))?.CodePage);
    }

    [Theory]
    [InlineData("<html><head><title>No charset</title></head>")]
    [InlineData("<meta charset=\"no-such-charset\">")]
    public void MissingOrUnknownCharset_IsNull(string head)
    {
        Assert.Null(HtmlCharset.Declared(Encoding.ASCII.GetBytes(head)));
    }

    [Fact]
    public void DeclaredWindows1252_DecodesItsBytes()
    {
        var decoded = DecodeAsPage(PageBytes("<meta charset=\"windows-1252\">", Windows1252Text));

        Assert.Contains("It’s “here”", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.False(decoded.UsedFallback);
    }

    [Fact]
    public void HttpEquivCharset_DecodesItsBytes()
    {
        var decoded = DecodeAsPage(PageBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", Windows1252Text));

        Assert.Contains("It’s “here”", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Iso88591Label_IsReadAsWindows1252()
    {
        // In true ISO-8859-1, 0x92-0x94 are control characters; browsers (and we) read them as windows-1252 quotes.
        var decoded = DecodeAsPage(PageBytes("<meta charset=\"iso-8859-1\">", Windows1252Text));

        Assert.Contains("It’s “here”", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_WinsOverTheDeclaredCharset()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. PageBytes("<meta charset=\"windows-1252\">", Encoding.UTF8.GetBytes("Café ’"))];

        var decoded = DecodeAsPage(bytes);

        Assert.Contains("Café ’", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void ValidUtf8_WinsOverAStaleLegacyDeclaration()
    {
        var decoded = DecodeAsPage(PageBytes("<meta charset=\"windows-1252\">", Encoding.UTF8.GetBytes("Café ’")));

        Assert.Contains("Café ’", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.False(decoded.UsedFallback);
    }

    [Fact]
    public void InvalidUtf8WithoutDeclaration_FallsBackToWindows1252()
    {
        var decoded = DecodeAsPage(PageBytes("", Windows1252Text));

        Assert.Contains("It’s “here”", decoded.Text, StringComparison.Ordinal);
        Assert.True(decoded.UsedFallback);
    }

    [Fact]
    public void InvalidUtf8WithoutDeclaration_WarnsInTheArticle()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<html><body><article><p>The gardener said "), .. Windows1252Text,
            .. Encoding.ASCII.GetBytes(" and went on planting tomatoes in the warm spring soil, row after row.</p></article></body></html>")];

        var article = HtmlRead.Article(bytes);

        Assert.Contains("It’s “here”", article.Body[0].PlainText, StringComparison.Ordinal);
        Assert.Contains(article.Warnings, w => w.Message.Contains("not valid UTF-8", StringComparison.Ordinal) && w.Message.Contains("windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void DeclaredWindows1252_GivesNoWarning()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><article><p>The gardener said "), .. Windows1252Text,
            .. Encoding.ASCII.GetBytes(" and went on planting tomatoes in the warm spring soil, row after row.</p></article></body></html>")];

        var article = HtmlRead.Article(bytes);

        Assert.Contains("It’s “here”", article.Body[0].PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Warnings, w => w.Message.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidUtf8DeclaredAsUtf8_WarningSaysWhatThePageDeclared()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><article><p>The gardener said "), .. Windows1252Text,
            .. Encoding.ASCII.GetBytes(" and went on planting tomatoes in the warm spring soil, row after row.</p></article></body></html>")];

        var article = HtmlRead.Article(bytes);

        Assert.Contains("It’s “here”", article.Body[0].PlainText, StringComparison.Ordinal);
        var warning = Assert.Single(article.Warnings, w => w.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
        Assert.DoesNotContain("declares no charset", warning.Message, StringComparison.Ordinal);
        Assert.Contains("windows-1252", warning.Message, StringComparison.Ordinal);
    }
}
