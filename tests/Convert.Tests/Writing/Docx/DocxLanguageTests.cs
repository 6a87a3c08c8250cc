using Convert.Core.Writing.Docx;

namespace Convert.Tests.Writing.Docx;

public class DocxLanguageTests
{
    [Theory]
    [InlineData(null, "en-US", false, false)]
    [InlineData("", "en-US", false, false)]
    [InlineData("english please", "en-US", false, false)]
    [InlineData("fr", "fr", false, false)]
    [InlineData(" pt_BR ", "pt-BR", false, false)]
    [InlineData("zh-Hant-TW", "zh-Hant-TW", true, false)]
    [InlineData("he", "he", false, true)]
    public void WhenLanguageIsReadThenTagAndScriptSlotFollow(string? input, string tag, bool eastAsian, bool rightToLeft)
    {
        var language = DocxLanguage.From(input);

        Assert.Equal((tag, eastAsian, rightToLeft), (language.Tag, language.IsEastAsian, language.IsRightToLeft));
    }
}
