using Convert.Core.Model;

namespace Convert.Tests.Fixtures;

/// <summary>What each authored HTML page must give, stated as facts rather than snapshots.</summary>
public sealed class HtmlFixtureExpectationTests
{
    [Fact]
    public void WordPressPage_KeepsTheArticleAndDropsShareBarRelatedCommentsAndSidebar()
    {
        var article = FixtureFiles.Convert("html/wordpress-share-comments");

        Assert.Equal("Night Trains Return to the Northern Valleys", article.Title);
        var body = article.Body.Select(b => b.PlainText).ToList();
        Assert.Equal(5, body.Count);
        Assert.StartsWith("The first sleeper train in eleven years", body[0]);
        Assert.StartsWith("For now, the mood at the stations", body[^1]);
        var all = string.Join("\n", body);
        foreach (var clutter in new[] { "Share this", "Twitter", "Related", "Leave a Reply", "Recent Posts", "Tobias Reed", "Exit mobile version", "Previous Post", "Privacy Policy", "Tagged" })
            Assert.DoesNotContain(clutter, all, StringComparison.Ordinal);
        Assert.EndsWith("main/article/div[1]/p[1]", article.Body[0].Source.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void WordPressPage_AuthorBoxBecomesTheBylineAuthorsBio()
    {
        var article = FixtureFiles.Convert("html/wordpress-share-comments");

        var author = Assert.Single(article.Authors);
        Assert.Equal("Mara Ellison", author.Name);
        Assert.Equal("Transport Correspondent", author.Role);
        Assert.StartsWith("Mara Ellison has covered transport", Assert.Single(author.Bio));
        Assert.DoesNotContain(article.Body, b => b.PlainText.Contains("signal engineer", StringComparison.Ordinal));
    }

    [Fact]
    public void WordPressPage_MetadataFromTheHead()
    {
        var metadata = FixtureFiles.Convert("html/wordpress-share-comments").Metadata;

        Assert.Equal("https://valleyledger.example/2025/04/02/night-trains-return/", metadata.SourceUrl);
        Assert.Equal("The Valley Ledger", metadata.SiteName);
        Assert.Equal("en-US", metadata.Language);
        Assert.Equal("2025-04-02", metadata.Published);
        Assert.Equal(["Rail", "Transport"], metadata.Tags);
    }

    [Fact]
    public void WordPressPage_WidgetsInsideTheArticleAreListedAsRemovals()
    {
        var removals = FixtureFiles.Convert("html/wordpress-share-comments").Removals;

        Assert.Contains(removals, r => r.Category == "share" && r.Text.StartsWith("Share this:", StringComparison.Ordinal));
        Assert.Contains(removals, r => r.Category == "related" && r.Text.StartsWith("Related", StringComparison.Ordinal));
        Assert.All(removals, r => Assert.True(r.Source.StartLine > 0));
    }

    [Fact]
    public void NewsPage_BylineAndDateFromJsonLdAndThePage()
    {
        var article = FixtureFiles.Convert("html/news-jsonld-byline");

        Assert.Equal("Harbour pilots vote to strike over night shifts", article.Title);
        Assert.Equal(["Priya Lindqvist", "Owen Catterall"], article.Authors.Select(a => a.Name));
        Assert.Equal("2025-05-14", article.Metadata.Published);
        Assert.Equal("en-GB", article.Metadata.Language);
        Assert.Equal("Coastline Wire", article.Metadata.SiteName);
        Assert.Equal(["Ports", "Labour"], article.Metadata.Tags);
    }

    [Fact]
    public void NewsPage_AdsMostReadAndNewsletterLeaveTheBody()
    {
        var article = FixtureFiles.Convert("html/news-jsonld-byline");

        var body = string.Join("\n", article.Body.Select(b => b.PlainText));
        Assert.Equal(5, article.Body.Count);
        foreach (var clutter in new[] { "Advertisement", "Most Read", "Ferry fares", "Sign up", "cookies", "Related Stories", "Home" })
            Assert.DoesNotContain(clutter, body, StringComparison.Ordinal);
        Assert.Contains(article.Removals, r => r.Category == "ads");
        Assert.Contains(article.Removals, r => r.Category == "newsletter");
    }

    [Fact]
    public void NewsPage_InlineEmphasisAndLinksSurvive()
    {
        var article = FixtureFiles.Convert("html/news-jsonld-byline");

        var runs = article.Body.OfType<Paragraph>().SelectMany(p => p.Runs).ToList();
        Assert.Contains(runs, r => r.Bold && r.Text == "PORT EMBERLY");
        Assert.Contains(runs, r => r.Italic && r.Text == "Dara Quill");
        Assert.Contains(runs, r => r.Text == "falling night-time arrivals" && r.LinkUrl == "https://coastlinewire.example/data/night-arrivals");
    }

    [Fact]
    public void OldLayout_BodyFromBrSeparatedTextWithoutNavSidebarOrFooter()
    {
        var article = FixtureFiles.Convert("html/nav-sidebar-layout");

        Assert.Equal("Keeping bees through a wet spring", article.Title);
        Assert.Equal(4, article.Body.Count);
        Assert.All(article.Body, b => Assert.IsType<Paragraph>(b));
        var body = string.Join("\n", article.Body.Select(b => b.PlainText));
        foreach (var clutter in new[] { "Categories", "Popular posts", "Blogroll", "You are here", "Copyright", "3 Comments", "Vegetables" })
            Assert.DoesNotContain(clutter, body, StringComparison.Ordinal);
        Assert.Equal("Rowan Pike", Assert.Single(article.Authors).Name);
        Assert.Equal("2025-03-18", article.Metadata.Published);
    }

    [Fact]
    public void StructurePage_HeadingsListsQuoteTableFigureAndBreaks()
    {
        var article = FixtureFiles.Convert("html/structure-list-quote-heading");

        Assert.Equal("How to read a tide table", article.Title);
        Assert.Equal([1, 1, 2], article.Body.OfType<Heading>().Select(h => h.Level));
        var list = Assert.Single(article.Body.OfType<ListBlock>());
        Assert.True(list.Ordered);
        Assert.Equal(5, list.Items.Count);
        Assert.Contains(article.Body.OfType<Quote>(), q => q.PlainText.StartsWith("The sea gives you six hours", StringComparison.Ordinal));
        var table = Assert.Single(article.Body.OfType<Table>());
        Assert.Equal(("Sample day at Port Emberly, 3 June 2025", 1), (table.CaptionText, table.HeaderRows));
        Assert.Equal(["High", "10:31", "5.2 m"], table.Rows[^1].Cells.Select(c => c.PlainText));
        var figure = Assert.Single(article.Body.OfType<Figure>());
        Assert.Equal(("A tide curve: the steepest part is mid-tide.", "A tide curve over one day"), (figure.CaptionText, figure.AltText));
        Assert.Contains(article.Body, b => b.PlainText.EndsWith("learn by heart:\nHigh water, turn and go;\nlow water, slow.", StringComparison.Ordinal));
        Assert.Contains(article.Body, b => b.PlainText == "HW 10:31  5.2\nLW 16:44  0.9");
        Assert.DoesNotContain(article.Removals, r => r.Category == "image" && r.Text == "A tide curve over one day");
    }

    [Fact]
    public void PrintStructurePage_KeepsNestingStartScriptsAndCode()
    {
        var article = FixtureFiles.Convert("html/print-structure-code-lists");

        var list = Assert.Single(article.Body.OfType<ListBlock>());
        Assert.Equal(5, list.Start);
        Assert.Equal([0, 0, 1, 1, 0, 1, 1, 2, 0], list.Items.Select(i => i.Level));
        Assert.Equal([true, true, true, true, true, false, false, false, true], list.Items.Select(list.IsOrdered));
        var code = article.Body.OfType<CodeBlock>().ToList();
        Assert.Equal(["python", null], code.Select(c => c.Language));
        Assert.Contains("\n    return (pressure_pa - air_pa)", code[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("  minute   raw (Pa)", code[1].Text, StringComparison.Ordinal);
        var runs = article.Body.OfType<Paragraph>().SelectMany(p => p.Runs).ToList();
        Assert.Contains(runs, r => r.Text == "2" && r.Position == RunPosition.Subscript);
        Assert.Contains(runs, r => r.Text == "3" && r.Position == RunPosition.Superscript);
        Assert.Contains(runs, r => r.Text == "pressure_pa" && r.Code);
        Assert.Contains(article.Body.OfType<Heading>(), h => h.PlainText == "Steps, in the order that matters" && h.Runs.All(r => r.Bold));
    }

    [Fact]
    public void StructurePage_LinksResolveAgainstTheBaseAndSpanLanguageIsKept()
    {
        var runs = FixtureFiles.Convert("html/structure-list-quote-heading").Body.OfType<Paragraph>().SelectMany(p => p.Runs).ToList();

        Assert.Contains(runs, r => r.LinkUrl == "https://shorelinenotes.example/guides/tables/harbour-2025.pdf");
        Assert.Contains(runs, r => r.Text == "zéro hydrographique" && r.Language == "fr");
    }

    [Fact]
    public void RepublishedPage_TextRulesAndAuthorSplittingRunOnHtmlBlocks()
    {
        var article = FixtureFiles.Convert("html/republished-author-blocks");

        Assert.Equal(4, article.Body.Count);
        Assert.EndsWith("all four states want it to.", article.Body[^1].PlainText, StringComparison.Ordinal);
        Assert.Equal("https://riverlandsreview.example/2025/06/08/grain-corridor-talks/", article.Metadata.RepublishedFrom);
        Assert.Equal(["republication-note", "share-button", "comments-closed"], article.Removals.Select(r => r.RuleId));
        Assert.Equal(["Prof Ana Vetrova", "Dr Tomas Heyn"], article.Authors.Select(a => a.DisplayName));
        Assert.Equal("Research Fellow, Institute for River Economies", article.Authors[1].Role);
        Assert.Equal(2, article.Authors[1].Bio.Count);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void LegacyCharsetPage_IsReadInTheDeclaredEncoding()
    {
        var article = FixtureFiles.Convert("html/windows-1252-charset");

        Assert.Equal("Café society returns to the old quarter", article.Title);
        Assert.Equal("José Ibáñez", Assert.Single(article.Authors).Name);
        Assert.Contains("“We were closed for nearly two years,”", article.Body[0].PlainText, StringComparison.Ordinal);
        Assert.Contains("the council charges a flat €120", article.Body[1].PlainText, StringComparison.Ordinal);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void GhostTheme_ExcerptBecomesTheSubtitleAndCardsLeave()
    {
        var article = FixtureFiles.Convert("html/ghost-theme-signup-card");

        Assert.Equal("A small budget line, a lot of students, and an argument that went on for three council meetings.", article.Subtitle);
        Assert.Equal("Lena Morrow", Assert.Single(article.Authors).Name);
        Assert.Equal("2025-09-14", article.Metadata.Published);
        Assert.Equal(6, article.Body.Count);
        var body = string.Join("\n", article.Body.Select(b => b.PlainText));
        foreach (var clutter in new[] { "Subscribe", "Get the next issue", "Sign up for more", "The pool reopens", "Powered by Ghost", "4 min read", "Civic" })
            Assert.DoesNotContain(clutter, body, StringComparison.Ordinal);
        Assert.Contains(article.Removals, r => r.Category == "related" && r.Text.StartsWith("The pool reopens", StringComparison.Ordinal));
    }

    [Fact]
    public void NewsletterPlatform_SubtitleFromTheTitleHeaderAndNoButtonsOrComments()
    {
        var article = FixtureFiles.Convert("html/newsletter-platform-post");

        Assert.Equal("The slow return of the night ferry", article.Title);
        Assert.Equal("What it took to bring back a boat nobody thought would sail again", article.Subtitle);
        Assert.Equal("Tomas Wilde", Assert.Single(article.Authors).Name);
        Assert.Equal(4, article.Body.Count);
        var body = string.Join("\n", article.Body.Select(b => b.PlainText));
        foreach (var clutter in new[] { "Restack", "Share", "Thanks for reading", "Discussion about this post", "Rosa K.", "42" })
            Assert.DoesNotContain(clutter, body, StringComparison.Ordinal);
    }

    [Fact]
    public void DivSoup_TheWholeStoryWithItsHeadingNotJustTheQuoteThatWonOnItsClassName()
    {
        var article = FixtureFiles.Convert("html/div-soup-obfuscated-classes");

        Assert.Equal("I stopped using notifications for a year", article.Title);
        Assert.Equal(["Paragraph", "Paragraph", "Heading", "Paragraph", "Quote", "Paragraph"], article.Body.Select(b => b.GetType().Name));
        Assert.Equal("Mira Castell", Assert.Single(article.Authors).Name);
        var body = string.Join("\n", article.Body.Select(b => b.PlainText));
        foreach (var clutter in new[] { "Sign in", "Follow", "7 min read", "1.2K", "Listen", "Share", "Productivity", "More from", "312 Followers" })
            Assert.DoesNotContain(clutter, body, StringComparison.Ordinal);
    }

    [Fact]
    public void NewsWithInlinePromos_KeepsCaptionAndCreditLineDropsKickerPromosAndTools()
    {
        var article = FixtureFiles.Convert("html/news-inline-promos-kicker");

        Assert.Equal(["Hana Ostrova", "Peter Quill"], article.Authors.Select(a => a.Name));
        Assert.Equal("City hall on Monday morning. Photo: Ana Reyes/Metro Daily", article.Body[0].PlainText);
        Assert.Equal("Staff writer Leo Marsh contributed to this report.", article.Body[^1].PlainText);
        Assert.Equal(7, article.Body.Count);
        var body = string.Join("\n", article.Body.Select(b => b.PlainText));
        foreach (var clutter in new[] { "Local government", "Read more", "Advertisement", "County trial ends", "Gift this article", "Sign up", "Updated Nov." })
            Assert.DoesNotContain(clutter, body, StringComparison.Ordinal);
        Assert.Contains(article.Removals, r => r.RuleId == "read-more-inline");
        Assert.Contains(article.Removals, r => r.Text == "Local government");
    }
}
