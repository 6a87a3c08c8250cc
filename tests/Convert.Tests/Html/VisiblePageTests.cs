using Convert.Core.Html;

namespace Convert.Tests.Html;

public class VisiblePageTests
{
    private const string Prose = """
        <p>The committee met on Thursday to agree the budget for the coming year, and most of the evening went on the cost of repairing the bridge.</p>
        <p>Residents who spoke at the meeting asked for the footpath to stay open during the works, which the engineers said could be arranged.</p>
        """;

    private static string Visible(string body) => HtmlRead.VisibleText(VisiblePage.Build($"<html><body>{body}</body></html>"));

    [Theory]
    [InlineData("<div class=\"hidden\">{0}</div>")]
    [InlineData("<div hidden>{0}</div>")]
    [InlineData("<div aria-hidden=\"true\">{0}</div>")]
    [InlineData("<div style=\"display: none\">{0}</div>")]
    [InlineData("<noscript>{0}</noscript>")]
    public void RuleHidingNearlyAllTheProse_IsSuspended(string wrapper)
    {
        var text = Visible("<a href=\"#main\">Skip to content</a>" + string.Format(wrapper, Prose));

        Assert.Contains("The committee met on Thursday", text, StringComparison.Ordinal);
        Assert.Contains("footpath to stay open", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HiddenBody_IsShown()
    {
        var page = VisiblePage.Build($"<html><body style=\"display:none\">{Prose}</body></html>");

        Assert.Contains("The committee met on Thursday", HtmlRead.VisibleText(page), StringComparison.Ordinal);
        Assert.Equal(HidingRules.Style, page.SuspendedHiding);
    }

    [Fact]
    public void HiddenDialogBesideTheArticle_StaysHidden()
    {
        var text = Visible(Prose + "<div class=\"hidden\"><p>Subscribe to our letter for the week's news, sent every Friday.</p></div>");

        Assert.Contains("The committee met on Thursday", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HiddenMenuOfLinks_StaysHiddenEvenWhenLongerThanTheArticle()
    {
        var menu = string.Concat(Enumerable.Range(1, 60).Select(i => $"<li><a href=\"/section/{i}\">Section number {i} of the site</a></li>"));
        var text = Visible($"<ul class=\"hidden\">{menu}</ul><p>A short note on the meeting, with the minutes to follow next week.</p>");

        Assert.DoesNotContain("Section number", text, StringComparison.Ordinal);
        Assert.Contains("A short note", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PageUnderAnOpenButtonAndSvg_IsShownAfterBothRulesAreSuspended()
    {
        // The parser leaves the button and the SVG shape open, so the article ends up inside both.
        var page = VisiblePage.Build($"<html><body><button><svg><path d=\"M0 0\"><div>{Prose}</div></body></html>");

        Assert.Contains("The committee met on Thursday", HtmlRead.VisibleText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryPage_SuspendsNothing()
    {
        var page = VisiblePage.Build($"<html><body><span class=\"sr-only\">Menu</span><svg><title>Logo</title></svg>{Prose}</body></html>");

        Assert.Equal(HidingRules.None, page.SuspendedHiding);
        Assert.DoesNotContain("Menu", HtmlRead.VisibleText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void FewWordsHiddenOnAnEmptyPage_StayHidden()
    {
        var page = VisiblePage.Build("<html><body><div hidden>secret</div><p style=\"display:none\">also secret</p></body></html>");

        Assert.Equal(0, page.Body.TextLength);
    }

    [Fact]
    public void PageWithOnlyScripts_HasNoText()
    {
        var page = VisiblePage.Build("<html><body><div id=\"app\"></div><script>render({\"text\": \"Hello, world, from a script\"})</script></body></html>");

        Assert.Equal(0, page.Body.TextLength);
    }
}
