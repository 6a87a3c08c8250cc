using System.Text;
using Convert.Core;
using Convert.Core.Html;
using Convert.Core.Reading;

namespace Convert.Tests.Html;

/// <summary>Pages built to hurt the reader: each must fail fast with a one-line reason, or be read without losing text.</summary>
public class HostileHtmlTests
{
    private static readonly ConversionOptions AsHtmlFile = new() { SourcePath = "x.html" };

    private static InputFormatException Rejected(byte[] bytes) =>
        Assert.Throws<InputFormatException>(() => ConversionPipeline.Default.Convert(bytes, AsHtmlFile));

    private static string Nested(int depth, string inner)
    {
        var builder = new StringBuilder("<html><head><title>Deep Page</title></head><body>");
        builder.Insert(builder.Length, "<div>", depth).Append(inner).Insert(builder.Length, "</div>", depth);
        return builder.Append("</body></html>").ToString();
    }

    [Fact]
    public void HundredThousandNestedDivs_AreRejectedAsNotAnArticle()
    {
        var error = Rejected(HtmlRead.Utf8(Nested(100_000, "<p>text</p>")));

        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an article page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepButAllowedNesting_KeepsTheText()
    {
        var article = ConversionPipeline.Default.Convert(
            HtmlRead.Utf8(Nested(1_500, "<p>The council met on Tuesday to discuss the river and the wells.</p>")), AsHtmlFile);

        Assert.Equal(["The council met on Tuesday to discuss the river and the wells."], HtmlRead.BodyTexts(article));
    }

    [Fact]
    public void OnlyScripts_AreRejectedAsHavingNoVisibleText()
    {
        var error = Rejected(HtmlRead.Utf8("<html><head><script>var a = 1;</script></head><body><script>document.write('hi')</script><style>p{}</style></body></html>"));

        Assert.Equal("no visible text in the page", error.Message);
    }

    [Fact]
    public void OnlyHiddenText_IsRejectedAsHavingNoVisibleText()
    {
        var error = Rejected(HtmlRead.Utf8("<html><body><div hidden>secret</div><p style=\"display:none\">also secret</p></body></html>"));

        Assert.Equal("no visible text in the page", error.Message);
    }

    [Fact]
    public void RandomBinaryBytes_AreRejected()
    {
        var bytes = new byte[4096];
        new Random(20240601).NextBytes(bytes);

        Assert.Equal("binary content, not text", Rejected(bytes).Message);
    }

    [Fact]
    public void RandomBinaryBytesWithoutNuls_AreRejected()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];

        Assert.Equal("binary content, not text", Rejected(bytes).Message);
    }

    [Fact]
    public void BinaryBytesBehindALegacyCharset_AreRejected()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<meta charset=\"windows-1252\">"), 0x00, 0x01, 0x00, 0xFF, 0x00, 0x02];

        Assert.Equal("binary content, not text", Rejected(bytes).Message);
    }

    [Fact]
    public void EmptyPage_IsRejected()
    {
        Assert.Equal("empty input", Rejected([]).Message);
    }

    [Fact]
    public void PageOverTheSizeLimit_IsRejectedBeforeParsing()
    {
        var bytes = new byte[HtmlArticleReader.MaxPageBytes + 1];
        Array.Fill(bytes, (byte)'a');
        Encoding.ASCII.GetBytes("<html><body><p>").CopyTo(bytes, 0);

        var error = Rejected(bytes);

        Assert.Contains("over the 16 MB limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOverTheSizeLimit_IsRejectedBeforeParsing()
    {
        var text = new string('a', HtmlArticleReader.MaxPageBytes + 1);

        var error = Assert.Throws<InputFormatException>(() =>
            ConversionPipeline.Default.ConvertText(text, new ConversionOptions { SourcePath = "x.html", Format = InputFormat.Html }));

        Assert.Contains("over the 16 MB limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectionMessages_AreOneLine()
    {
        var messages = new[]
        {
            Rejected(HtmlRead.Utf8(Nested(100_000, ""))).Message,
            Rejected(HtmlRead.Utf8("<html><body><script>x</script></body></html>")).Message,
            Rejected(new byte[HtmlArticleReader.MaxPageBytes + 1]).Message,
        };

        Assert.All(messages, m => Assert.DoesNotContain('\n', m));
    }
}
