using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class NewsletterRulesTests
{
    [Theory]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("Enter your email address")]
    [InlineData("Sign up for Jane's weekly ferry newsletter")]
    [InlineData("Thanks for reading The Ferry Letter! Subscribe for free to receive new posts and support my work.")]
    public void NewsletterPromptsAreRemovedAnywhere(string line)
    {
        var cleaned = Clean(Body1, line, Body2);
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal("newsletter", cleaned.Removals.Single().Category);
    }

    [Fact]
    public void BareSubscribeInTheTailIsRemoved()
    {
        var cleaned = Clean(Body1, Body2, "Subscribe");
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal(["newsletter-short: Subscribe"], cleaned.Removed());
    }

    [Fact]
    public void NewsletterSentenceStays()
    {
        const string sentence = "The council will subscribe to our newsletter service for the islands, a spokesman said on Tuesday.";
        var cleaned = Clean(Body1, sentence, Body2);
        Assert.Equal([Body1, sentence, Body2], cleaned.Kept());
    }
}

public class CookieRulesTests
{
    private const string Notice = "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.";

    [Fact]
    public void CookieNoticeAndButtonsBeforeTheBodyAreRemoved()
    {
        var cleaned = Clean(Notice, "Accept all", "Cookie settings", Title, Body1, Body2);
        Assert.Equal([Title, Body1, Body2], cleaned.Kept());
        Assert.Equal([$"cookie-notice: {Notice}", "cookie-button: Accept all", "cookie-button: Cookie settings"], cleaned.Removed());
    }

    [Fact]
    public void CookieNoticeAfterTheBodyIsRemoved()
    {
        var cleaned = Clean(Body1, Body2, "This website uses cookies. Accept");
        Assert.Equal([Body1, Body2], cleaned.Kept());
    }

    [Fact]
    public void ParagraphAboutCookiesInsideTheBodyStays()
    {
        const string paragraph = "We use cookies from the island bakery at every council meeting, the clerk joked, and nobody has complained yet.";
        var cleaned = Clean(Body1, paragraph, Body2);
        Assert.Equal([Body1, paragraph, Body2], cleaned.Kept());
    }
}
