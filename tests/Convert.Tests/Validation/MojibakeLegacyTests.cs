using System.Text;
using Convert.Core.Validation;

namespace Convert.Tests.Validation;

/// <summary>Mis-decodings beyond UTF-8-as-windows-1252, and correct text in many languages that must stay clean.</summary>
public class MojibakeLegacyTests
{
    static MojibakeLegacyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Writes the text in one encoding and reads it back in another, as a wrong decoder does.
    private static string Misread(string text, int writtenAs, int readAs) =>
        Encoding.GetEncoding(readAs).GetString(Encoding.GetEncoding(writtenAs).GetBytes(text));

    [Theory]
    [InlineData("Новые велодорожки в Москве", 1251, 1252)]
    [InlineData("Новые велодорожки в Москве", 20866, 1252)]
    [InlineData("Νέοι ποδηλατόδρομοι στην Αθήνα", 1253, 1252)]
    [InlineData("Νέοι ποδηλατόδρομοι στην Αθήνα", 28597, 1252)]
    [InlineData("Nowe ścieżki rowerowe w Krakowie", 1250, 1252)]
    [InlineData("Życie było piękne", 1250, 1252)]
    [InlineData("Příliš žluťoučký kůň", 1250, 1252)]
    [InlineData("Новые велодорожки в Москве", 65001, 1252)]
    [InlineData("Νέοι ποδηλατόδρομοι", 65001, 1252)]
    [InlineData("Nowe ścieżki rowerowe", 65001, 1252)]
    [InlineData("Новые велодорожки в Москве", 65001, 1251)]
    public void FindsLegacyMisdecodings(string text, int writtenAs, int readAs)
    {
        var garbled = Misread(text, writtenAs, readAs);

        Assert.NotNull(Mojibake.FindFirst(garbled));
    }

    [Fact]
    public void TheIssuesExampleIsFound() => Assert.Equal("Íîâûå", Mojibake.FindFirst("Íîâûå âåëîäîðîæêè")?.Sequence);

    [Theory]
    [InlineData("Les élèves ont mangé une crème brûlée à la fête de Noël ; « où êtes-vous ? » Œuvre, cœur, sœur.")]
    [InlineData("Über die Straße: Die Bürger äußerten große Zweifel an der Maßnahme. ÄRGER, ÖL, ÜBEL.")]
    [InlineData("Þjóðin og ævintýrið: Íslendingar fögnuðu á þjóðhátíðardaginn. Ðe, Æsir, Óðinn.")]
    [InlineData("Nowe ścieżki rowerowe w Krakowie. Źródło: urząd. Życie było piękne. ŁÓDŹ.")]
    [InlineData("Новые велодорожки в Москве. Рёв моторов. Рівне, Київ, Єдність, Ґанок. С 2020 года.")]
    [InlineData("Νέοι ποδηλατόδρομοι στην Αθήνα. Ο δήμος ανακοίνωσε την κατασκευή.")]
    [InlineData("Příliš žluťoučký kůň úpěl ďábelské ódy. Árvíztűrő tükörfúrógép.")]
    [InlineData("¿Qué pasó? ¡Año nuevo! São Paulo, ações, AÇÃO, España, niño.")]
    [InlineData("A 5 m³ tank, 10 cm² and the 1st¹ footnote; Øresund, Ålborg, «Ä».")]
    [InlineData("Tiếng Việt có dấu: Hà Nội, Đà Nẵng.")]
    [InlineData("accepted a rideshare¹ or delivery trip; \\u003E¹The rideshare insurance")]
    public void CorrectTextInManyLanguagesStaysClean(string text) => Assert.Null(Mojibake.FindFirst(text));
}
