using Convert.Core.Writing.Docx;

namespace Convert.Tests.Writing.Docx;

public class DocxLanguageTests
{
    [Theory]
    [InlineData("fr", "fr", false, false)]
    [InlineData(" pt_BR ", "pt-BR", false, false)]
    [InlineData("zh-Hant-TW", "zh-Hant-TW", true, false)]
    [InlineData("he", "he", false, true)]
    public void WhenLanguageIsReadThenTagAndScriptSlotFollow(string? input, string tag, bool eastAsian, bool rightToLeft)
    {
        var language = DocxLanguage.TryFrom(input)!;

        Assert.Equal((tag, eastAsian, rightToLeft), (language.Tag, language.IsEastAsian, language.IsRightToLeft));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("english please")]
    public void WhenTheLanguageIsMissingOrNotATagThenThereIsNone(string? input)
    {
        Assert.Null(DocxLanguage.TryFrom(input));
    }
}
