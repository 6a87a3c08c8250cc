using Convert.Core.Model;

namespace Convert.Tests.Html;

/// <summary>Bios outside the classic author-bio box: a sidebar widget led by "About the author", a bio printed as the
/// article's last paragraph, and a bio whose name the parser cannot read, on a page with one known author.</summary>
public class AuthorBioPlacementTests
{
    private const string Paragraphs = """
        <p>The river that once fed the valley's orchards has shrunk to a trickle this summer, and the farmers who depend on it are worried.</p>
        <p>Officials from the water board met growers on Tuesday, promising a review of the allocation rules before the next planting season.</p>
        <p>Some growers have already started digging deeper wells, a costly gamble that hydrologists warn could lower the water table further.</p>
        """;

    private static Article Read(string body, string head) =>
        HtmlRead.Article($"<html><head><title>The River Runs Dry</title>{head}</head><body>{body}</body></html>");

    private static string BodyText(Article article) => string.Join("\n", article.Body.Select(b => b.PlainText));

    [Fact]
    public void SidebarWidgetUnderAboutTheAuthor_IsTheBio()
    {
        const string bio = "Jane works on water policy at the valley institute. She is currently writing a book about wells.";
        var article = Read($"""
            <main><article><h1>The River Runs Dry</h1><p class="byline">By Jane Doe</p>{Paragraphs}</article></main>
            <div id="sidebar"><ul><li class="widget"><h3>About the Author</h3><div><h4><a href="https://jane.example">Jane Doe</a></h4>
            <p>{bio}</p></div></li><li class="widget"><h3>Categories</h3><ul><li><a href="/c/a">Rivers</a></li></ul></li></ul></div>
            """, "");

        var author = Assert.Single(article.Authors);
        Assert.Equal("Jane Doe", author.Name);
        Assert.Contains(bio, author.Bio);
        Assert.DoesNotContain("water policy", BodyText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void LastParagraphOpeningWithTheAuthorsFirstName_IsTheBio()
    {
        const string bio = "Devi has been obsessed with rivers for as long as she can remember, and has reported on them for a decade.";
        var article = Read($"""<article><h1>The River Runs Dry</h1><p class="byline">By Devi Hartman</p>{Paragraphs}<div class="t-d6"><p>{bio}</p></div></article>""", "");

        var author = Assert.Single(article.Authors);
        Assert.Equal("Devi Hartman", author.Name);
        Assert.Equal([bio], author.Bio);
        Assert.DoesNotContain("obsessed", BodyText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void LastParagraphAboutSomeoneElse_StaysInTheBody()
    {
        const string closing = "Marta has been farming here for forty years and says she has never seen the river this low.";
        var article = Read($"""<article><h1>The River Runs Dry</h1><p class="byline">By Devi Hartman</p>{Paragraphs}<p>{closing}</p></article>""", "");

        Assert.Contains(closing, BodyText(article), StringComparison.Ordinal);
        Assert.All(article.Authors, a => Assert.Empty(a.Bio));
    }

    [Fact]
    public void UserBioBox_WithALowerCaseParticleInTheName_IsStillTheBio()
    {
        const string bio = "Luca di Marco is a breaking news reporter for the Chronicle and is based in Turin.";
        var article = Read($"""<article><h1>The River Runs Dry</h1>{Paragraphs}</article><div class="user-bio"><div class="user-bio__main-text">{bio}</div></div>""",
            """<meta name="author" content="Luca di Marco">""");

        Assert.DoesNotContain("breaking news reporter", BodyText(article), StringComparison.Ordinal);
        Assert.Contains(article.Authors, a => a.Bio.Contains(bio));
    }
}
