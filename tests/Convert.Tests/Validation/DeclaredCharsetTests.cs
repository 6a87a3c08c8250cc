using System.Text;
using Convert.Core.Validation;

namespace Convert.Tests.Validation;

/// <summary>validate checks the characters the conversion read, decoded with the page's declared charset.</summary>
public class DeclaredCharsetTests
{
    private const string Page = """
        <html lang="ru"><head><meta charset="windows-1251"><title>Новые велодорожки</title></head><body><article>
        <p>Городской совет утвердил план новых велодорожек вдоль реки, и работы начнутся весной следующего года.</p>
        <p>Жители района давно просили о безопасном маршруте до школы, и теперь их просьба будет выполнена полностью.</p>
        <p>По словам инженеров, дорожки будут отделены от проезжей части бордюром и освещены по всей длине маршрута.</p>
        </article></body></html>
        """;

    [Fact]
    public void APageInItsDeclaredLegacyCharset_IsNotReportedAsMojibake()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(Page);

        var findings = FileValidator.Validate("page.html", bytes, FileKind.Html, Validate.Settings());

        Assert.DoesNotContain(findings, f => f.RuleId == ValidationRules.Mojibake);
    }
}
