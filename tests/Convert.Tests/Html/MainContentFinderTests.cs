namespace Convert.Tests.Html;

public class MainContentFinderTests
{
    private static readonly string[] ArticleParagraphs =
    [
        "The river that once fed the valley's orchards has shrunk to a trickle this summer, and the farmers who depend on it are worried.",
        "Officials from the water board met growers on Tuesday, promising a review of the allocation rules before the next planting season.",
        "Some growers have already started digging deeper wells, a costly gamble that hydrologists warn could lower the water table further.",
        "Others are switching to crops that need less water, such as olives and almonds, though the trees take years to bear fruit.",
        "The board will publish its findings in the spring, after consulting the towns downstream that share the same river.",
    ];

    private static string ClutteredPage(string articleWrapperClass = "") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><title>The River Runs Dry | Valley News</title><meta property="og:site_name" content="Valley News"></head>
        <body>
          <div id="cookie-banner" class="cookie-banner">We use cookies to improve your experience. <button>Accept</button> Read our cookie policy.</div>
          <header class="site-header"><a href="/">Valley News</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
          <div class="{{articleWrapperClass}}">
            <article class="post">
              <h1>The River Runs Dry</h1>
              <p>{{ArticleParagraphs[0]}}</p>
              <p>{{ArticleParagraphs[1]}}</p>
              <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="https://x.com/share">Share on X</a></li><li><a href="https://facebook.com/share">Share on Facebook</a></li></ul></div>
              <p>{{ArticleParagraphs[2]}}</p>
              <p>{{ArticleParagraphs[3]}}</p>
              <p>{{ArticleParagraphs[4]}}</p>
              <div class="jp-relatedposts"><h3>Related</h3><ul><li><a href="/a">Wells run deeper in the valley</a></li><li><a href="/b">Olive groves replace orchards</a></li></ul></div>
            </article>
            <aside class="widget-area"><h2>Most read</h2><ul><li><a href="/c">Council budget approved after long debate</a></li><li><a href="/d">New bridge opens to traffic</a></li></ul></aside>
            <div class="sidebar"><h2>Newsletter</h2><p>Get the valley's news in your inbox every morning, free of charge.</p></div>
          </div>
          <section id="comments" class="comments-area">
            <h2>3 comments</h2>
            <ol class="comment-list">
              <li class="comment"><div class="comment-author vcard"><cite class="fn">Carl Commenter</cite></div><p>Great reporting, thank you for covering the farmers, the water board and the wells.</p></li>
              <li class="comment"><div class="comment-author vcard"><cite class="fn">Dana Replier</cite></div><p>My family has farmed here for decades and we have never seen it this low, not even in the dry years.</p></li>
            </ol>
            <form id="respond" class="comment-form"><p>Leave a reply</p><textarea></textarea><input type="submit" value="Post Comment"></form>
          </section>
          <div class="newsletter-signup"><form><p>Subscribe to our newsletter</p><input type="email"><button>Sign up</button></form></div>
          <footer class="site-footer"><p>© 2025 Valley News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body>
        </html>
        """;

    [Fact]
    public void AQuoteThatWinsOnItsClassName_BringsTheWholeColumn()
    {
        var article = HtmlRead.Article($$"""
            <html><head><title>The River Runs Dry</title></head><body><div class="x">
            <p>{{ArticleParagraphs[0]}}</p><h2>What changed</h2><p>{{ArticleParagraphs[1]}}</p>
            <blockquote class="story-body-quote"><p>Water is the whole question.</p></blockquote>
            <p>{{ArticleParagraphs[2]}}</p></div></body></html>
            """);

        Assert.Equal([ArticleParagraphs[0], "What changed", ArticleParagraphs[1], "Water is the whole question.", ArticleParagraphs[2]], HtmlRead.BodyTexts(article));
    }

    [Fact]
    public void ClutteredPage_BodyIsExactlyTheArticleParagraphs()
    {
        var article = HtmlRead.Article(ClutteredPage());

        Assert.Equal(ArticleParagraphs, HtmlRead.BodyTexts(article));
    }

    [Fact]
    public void ClutteredPage_TitleComesFromTheHead()
    {
        var article = HtmlRead.Article(ClutteredPage());

        Assert.Equal("The River Runs Dry", article.Title);
    }

    [Fact]
    public void ClutteredPage_WidgetsInsideTheArticle_AreListedAsRemovals()
    {
        var article = HtmlRead.Article(ClutteredPage());

        var share = Assert.Single(article.Removals, r => r.Category == "share");
        Assert.Equal("html-share", share.RuleId);
        Assert.Contains("Share on Facebook", share.Text, StringComparison.Ordinal);
        var related = Assert.Single(article.Removals, r => r.Category == "related");
        Assert.Contains("Olive groves replace orchards", related.Text, StringComparison.Ordinal);
        Assert.NotNull(share.Source.ElementPath);
    }

    [Fact]
    public void ClutteredPage_CommentAuthors_NeverBecomeAuthors()
    {
        var article = HtmlRead.Article(ClutteredPage());

        Assert.DoesNotContain(article.Authors, a => a.Name.Contains("Commenter", StringComparison.Ordinal) || a.Name.Contains("Replier", StringComparison.Ordinal));
        Assert.Null(article.Metadata.Byline);
    }

    [Fact]
    public void ClutteredPage_NoClutterTextInTheBody()
    {
        var body = string.Join("\n", HtmlRead.BodyTexts(HtmlRead.Article(ClutteredPage())));

        foreach (var clutter in new[] { "cookies", "Sport", "Share", "Related", "Most read", "Newsletter", "comments", "Great reporting", "Subscribe", "rights reserved" })
            Assert.DoesNotContain(clutter, body, StringComparison.Ordinal);
    }

    [Fact]
    public void ChromeNestedInChrome_IsListedOnceWithAllItsText()
    {
        // The site wrapper holds the article and the comments: the content found is the wrapper, so the comments
        // (whose title, list and items each carry a chrome name) are stripped from inside it.
        var article = HtmlRead.Article($$"""
            <html><head><title>The River Runs Dry</title></head><body>
            <div id="page" class="site">
              <header class="site-header"><p>Valley News</p></header>
              <main>
                <article><p>{{ArticleParagraphs[0]}}</p><p>{{ArticleParagraphs[1]}}</p><p>{{ArticleParagraphs[2]}}</p><p>{{ArticleParagraphs[3]}}</p><p>{{ArticleParagraphs[4]}}</p></article>
                <div class="comments-area">
                  <h2 class="comments-title">One comment</h2>
                  <ol class="comment-list"><li class="comment"><p>Great reporting on the river and the wells, thank you.</p></li></ol>
                </div>
              </main>
              <footer class="site-footer"><p>Valley News, since 1901.</p></footer>
            </div>
            </body></html>
            """);

        Assert.Equal(ArticleParagraphs, HtmlRead.BodyTexts(article));
        var comments = Assert.Single(article.Removals, r => r.Category == "comments");
        Assert.Equal("One comment Great reporting on the river and the wells, thank you.", comments.Text);
        Assert.DoesNotContain(article.Removals, r => r != comments && r.Text.Contains("Great reporting", StringComparison.Ordinal));
    }

    [Fact]
    public void ArticleInsideASidebarLayoutWrapper_IsStillFound()
    {
        var article = HtmlRead.Article(ClutteredPage("two-col-sidebar-layout"));

        Assert.Equal(ArticleParagraphs, HtmlRead.BodyTexts(article));
    }

    [Fact]
    public void PageWithoutContainers_KeepsItsParagraphs()
    {
        var article = HtmlRead.Article($"""
            <html><head><title>Plain Page</title></head><body>
            <p>{ArticleParagraphs[0]}</p>
            <p>{ArticleParagraphs[1]}</p>
            <p>{ArticleParagraphs[2]}</p>
            </body></html>
            """);

        Assert.Equal(ArticleParagraphs[..3], HtmlRead.BodyTexts(article));
    }

    [Fact]
    public void BodyWithOnlyLooseText_IsTheBody()
    {
        var article = HtmlRead.Article("<html><body>Just one line of text, nothing else.</body></html>");

        Assert.Equal(["Just one line of text, nothing else."], HtmlRead.BodyTexts(article));
    }

    [Fact]
    public void ShortArticle_InAMainElement_IsFoundAmongChrome()
    {
        var article = HtmlRead.Article("""
            <html><body>
            <nav><a href="/">Home</a> <a href="/about">About</a></nav>
            <main><p>The library will close early on Friday for repairs to the roof.</p></main>
            <footer><p>Town Library, Main Street.</p></footer>
            </body></html>
            """);

        Assert.Equal(["The library will close early on Friday for repairs to the roof."], HtmlRead.BodyTexts(article));
    }

    [Fact]
    public void ArticleSplitIntoSections_IsKeptWhole()
    {
        var article = HtmlRead.Article($"""
            <html><head><title>Water in the Valley</title></head>
            <body><div class="sidebar"><ul><li><a href="/x">Elsewhere</a></li></ul></div>
            <div class="story">
              <section><h2>Part one</h2><p>{ArticleParagraphs[0]}</p><p>{ArticleParagraphs[1]}</p></section>
              <section><h2>Part two</h2><p>{ArticleParagraphs[2]}</p><p>{ArticleParagraphs[3]}</p></section>
            </div></body></html>
            """);

        Assert.Equal(["Part one", ArticleParagraphs[0], ArticleParagraphs[1], "Part two", ArticleParagraphs[2], ArticleParagraphs[3]], HtmlRead.BodyTexts(article));
    }
}
