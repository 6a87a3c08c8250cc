using Convert.Core;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Tests.Html;

/// <summary>A page that shows text only through its scripts: its head's description is the body, never a refusal.</summary>
public class DescriptionBodyTests
{
    private const string Summary =
        "Hello all, I am planning my first vegetable garden on a small north-facing balcony and would like advice on "
        + "which crops tolerate four hours of sun, how deep the planters must be, and whether drip irrigation is worth it.";

    private static string SplashPage(string head) => $"""
        <!DOCTYPE html>
        <html><head><title>First balcony garden - Growing - Garden Forum</title>{head}</head>
        <body><section id="splash"><div class="dots"></div><div class="dots"></div></section>
        <script src="/app.js"></script></body></html>
        """;

    [Fact]
    public void SplashPageWithADescription_GetsTheDescriptionAsBodyAndAWarning()
    {
        var article = HtmlRead.Article(SplashPage($"""<meta name="description" content="{Summary}">"""));

        Assert.Equal([Summary], HtmlRead.BodyTexts(article));
        Assert.Contains(article.Warnings, w => w.Code == WarningCodes.BodyFromDescription);
    }

    [Fact]
    public void TheLongestDescription_IsTaken()
    {
        var shortOne = string.Join(' ', Summary.Split(' ').Take(22));
        var article = HtmlRead.Article(SplashPage(
            $"""<meta name="description" content="{shortOne}"><meta property="og:description" content="{Summary}">"""));

        Assert.Equal([Summary], HtmlRead.BodyTexts(article));
    }

    [Fact]
    public void ATaglineDescription_IsNotABody_SoThePageIsRefused()
    {
        var error = Assert.Throws<InputFormatException>(() =>
            HtmlRead.Article(SplashPage("""<meta name="description" content="Rugs for every room, shipped free.">""")));

        Assert.Equal("no visible text in the page", error.Message);
    }

    [Fact]
    public void APageWithVisibleText_IgnoresItsDescription()
    {
        var article = HtmlRead.Article(HtmlRead.Page(
            "<article><p>The parish council met on Tuesday and voted to repair the old stone bridge before winter.</p></article>",
            $"""<meta name="description" content="{Summary}">"""));

        Assert.DoesNotContain(article.Warnings, w => w.Code == WarningCodes.BodyFromDescription);
        Assert.DoesNotContain(HtmlRead.BodyTexts(article), t => t.Contains("balcony", StringComparison.Ordinal));
    }
}
