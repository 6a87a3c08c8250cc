using System.Text;
using Convert.Core.Reading;

namespace Convert.Tests.Reading;

/// <summary>Undeclared legacy text gets its charset detected; windows-1252 stays the answer for Western text.</summary>
public class LegacyCharsetTests
{
    private const string Russian = "Новые велодорожки в Москве\nГородские власти объявили о строительстве новых велодорожек.";
    private const string Greek = "Νέοι ποδηλατόδρομοι στην Αθήνα\nΟ δήμος ανακοίνωσε την κατασκευή νέων ποδηλατοδρόμων στο κέντρο.";
    private const string Polish = "Nowe ścieżki rowerowe w Krakowie\nWładze miasta ogłosiły budowę nowych ścieżek rowerowych. Źródło: urząd.";

    static LegacyCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData(Russian, 1251, "windows-1251")]
    [InlineData(Russian, 20866, "koi8-r")]
    [InlineData(Greek, 1253, "iso-8859-7")]
    [InlineData(Polish, 1250, "windows-1250")]
    [InlineData(Polish, 28592, "iso-8859-2")]
    public void UndeclaredLegacyTextIsDetected(string text, int codePage, string expectedName)
    {
        var decoded = InputDecoder.Decode(Encoding.GetEncoding(codePage).GetBytes(text));

        Assert.Equal(text, decoded.Text);
        Assert.Equal(expectedName, decoded.EncodingName);
        Assert.True(decoded.UsedFallback);
    }

    [Theory]
    [InlineData("Le café de la gare\nLes élèves ont mangé une crème brûlée à la fête de Noël.")]
    [InlineData("Über die Straße\nDie Bürger äußerten große Zweifel an der Maßnahme.")]
    [InlineData("Þjóðin og ævintýrið\nÍslendingar fögnuðu á þjóðhátíðardaginn.")]
    [InlineData("Café menu")]
    [InlineData("It’s “quoted” text — with dashes.")]
    public void WesternTextStaysWindows1252(string text)
    {
        var decoded = InputDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(text));

        Assert.Equal(new DecodedText(text, "windows-1252", true), decoded);
    }

    [Fact]
    public void ForcedEncodingWinsOverDetection()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes(Russian);

        var decoded = InputDecoder.Decode(bytes, declared: null, forced: Encoding.GetEncoding(1252));

        Assert.Equal(Encoding.GetEncoding(1252).GetString(bytes), decoded.Text);
        Assert.Equal(new DecodedText(decoded.Text, "windows-1252", false), decoded);
    }

    [Fact]
    public void ForcedEncodingWinsOverADeclarationAndValidUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Grüße");

        var decoded = InputDecoder.Decode(bytes, declared: Encoding.UTF8, forced: Encoding.GetEncoding(1252));

        Assert.Equal("GrÃ¼ÃŸe", decoded.Text);
    }

    [Fact]
    public void ForcedEncodingDropsItsOwnByteOrderMark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Title")];

        Assert.Equal("Title", InputDecoder.Decode(bytes, null, Encoding.UTF8).Text);
    }

    [Fact]
    public void ForcedSingleByteEncodingStillRefusesBinary()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00];

        Assert.Throws<InputFormatException>(() => InputDecoder.Decode(bytes, null, Encoding.GetEncoding(1251)));
    }

    [Theory]
    [InlineData("windows-1251", 1251)]
    [InlineData("CP1251", 1251)]
    [InlineData("latin1", 28591)]
    [InlineData("koi8-r", 20866)]
    [InlineData("1253", 1253)]
    [InlineData("utf-8", 65001)]
    public void EncodingsAreFoundByNameOrCodePage(string name, int codePage) =>
        Assert.Equal(codePage, TextEncodings.Find(name)?.CodePage);

    [Theory]
    [InlineData("klingon")]
    [InlineData("")]
    [InlineData("99999")]
    public void UnknownEncodingNamesAreNotFound(string name) => Assert.Null(TextEncodings.Find(name));
}
