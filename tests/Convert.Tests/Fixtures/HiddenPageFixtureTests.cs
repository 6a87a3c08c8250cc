namespace Convert.Tests.Fixtures;

/// <summary>Authored pages whose article a browser shows only after a script runs, or that a parser nests in chrome: never refused, never cut to a line.</summary>
public sealed class HiddenPageFixtureTests
{
    [Theory]
    [InlineData("html/script-revealed-hidden-body", "The two ferries that cross the harbour", "The authority expects the switch", 4)]
    [InlineData("html/modal-aria-hidden-wrapper", "When the town library moved its records online", "Visitors who come for the computers", 3)]
    [InlineData("html/svg-shape-swallows-page", "The library draws charts from plain tables", "Every option has a default", 3)]
    public void HiddenOrSwallowedArticle_IsReadWhole(string fixture, string first, string last, int paragraphs)
    {
        var article = FixtureFiles.Convert(fixture);

        var texts = article.Body.Select(b => b.PlainText).Where(t => t.Length > 80).ToList();
        Assert.Equal(paragraphs, texts.Count);
        Assert.StartsWith(first, texts[0], StringComparison.Ordinal);
        Assert.StartsWith(last, texts[^1], StringComparison.Ordinal);
        var body = string.Join("\n", article.Body.Select(b => b.PlainText));
        Assert.DoesNotContain("Skip to content", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Get our weekly letter", body, StringComparison.Ordinal);
    }

    [Fact]
    public void HashedClassesNamingEveryBlockAWidget_KeepTheWholeStoryNotJustTheHeading()
    {
        var article = FixtureFiles.Convert("html/hashed-classes-widget-blocks");

        var texts = article.Body.Select(b => b.PlainText).ToList();
        Assert.Equal(5, texts.Count(t => t.Length > 80));
        Assert.Contains(texts, t => t.StartsWith("The city council voted on Tuesday night", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("The first stalls should open", StringComparison.Ordinal));
        var body = string.Join("\n", texts);
        foreach (var clutter in new[] { "Skip to content", "About us", "Sport" })
            Assert.DoesNotContain(clutter, body, StringComparison.Ordinal);
    }

    [Fact]
    public void ForumReadableOnlyInNoscript_KeepsEveryPost()
    {
        var article = FixtureFiles.Convert("html/noscript-forum-thread");

        var body = string.Join("\n", article.Body.Select(b => b.PlainText));
        Assert.Contains("My starter is three weeks old", body, StringComparison.Ordinal);
        Assert.Contains("That smell usually means the yeast", body, StringComparison.Ordinal);
        Assert.Contains("two feeds a day did it", body, StringComparison.Ordinal);
    }

    [Fact]
    public void SplashPageWhoseThreadOnlyScriptsLoad_KeepsTheDescriptionAsBodyAndSaysSo()
    {
        var article = FixtureFiles.Convert("html/script-rendered-forum-splash");

        var body = Assert.Single(article.Body).PlainText;
        Assert.StartsWith("Hi all, I am setting up a small workshop", body, StringComparison.Ordinal);
        Assert.EndsWith("end grain and chamfers only.", body, StringComparison.Ordinal);
        Assert.Contains(article.Warnings, w => w.Code == Convert.Core.Model.WarningCodes.BodyFromDescription);
        Assert.Equal("forum.example.org", new Uri(article.Metadata.SourceUrl!).Host);
    }
}
