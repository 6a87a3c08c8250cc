using Convert.Core.Model;

namespace Convert.Tests.Fixtures;

/// <summary>
/// What a careful reader expects of each authored fixture, stated independently of the snapshots:
/// where the body starts and ends, who the authors are, what became metadata.
/// </summary>
public sealed class FixtureExpectationTests
{
    private static readonly string[] ClutterLines =
    [
        "Share.", "Share", "Comments are closed.", "Exit mobile version", "Leave a Reply", "Post Comment",
        "Skip to content", "Skip to main content", "Share this:", "Share this article", "Like this:",
        "Like Loading...", "Related Posts", "You may also like", "Subscribe", "Advertisement", "Print",
        "Previous Article", "Next Article", "About the author", "About the authors", "5 min read",
        "Facebook Twitter Pinterest Email", "Facebook Twitter LinkedIn WhatsApp Email", "Enter your email address",
        "Subscribe to our newsletter",
    ];

    public static TheoryData<string> AllFixtures() => new(FixtureFiles.AllFixtureNames());

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void NoClutterLineSurvivesAsABlockOrBio(string name)
    {
        var article = FixtureFiles.Convert(name);
        var texts = article.Body.Select(b => b.PlainText)
            .Concat(article.Authors.SelectMany(a => a.Bio))
            .Concat(article.Authors.Select(a => a.Role ?? ""));
        foreach (var text in texts)
        {
            Assert.DoesNotContain(text.Trim(), ClutterLines);
        }
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void EveryFixtureHasABody(string name) => Assert.NotEmpty(FixtureFiles.Convert(name).Body);

    [Fact]
    public void MultiAuthorBios_SplitsBodyMetadataAndFourFields()
    {
        var article = FixtureFiles.Convert("multi-author-bios");

        Assert.Null(article.Title);
        Assert.Equal(4, article.Body.Count);
        Assert.All(article.Body, b => Assert.IsType<Paragraph>(b));
        Assert.StartsWith("Coastal towns along the northern shelf", article.Body[0].PlainText);
        Assert.EndsWith("almost the whole of the northern shelf.", article.Body[^1].PlainText);
        Assert.Equal(
            "https://harbourreview.example/2025/03/12/coastal-towns-pool-flood-budgets/",
            article.Metadata.RepublishedFrom);

        Assert.Collection(
            article.Authors,
            a =>
            {
                Assert.Equal(("Ms", "Clara Voss"), (a.Honorific, a.Name));
                Assert.Equal("Senior Fellow / Coastal Policy Programme Lead", a.Role);
                Assert.Single(a.Bio);
            },
            a =>
            {
                Assert.Equal(("Dr", "Tomas Ferreira"), (a.Honorific, a.Name));
                Assert.Equal("Director Research", a.Role);
                Assert.Equal(2, a.Bio.Count);
                Assert.StartsWith("His research has appeared", a.Bio[1]);
            },
            a =>
            {
                Assert.Equal(("Mr", "Ibrahim Okafor"), (a.Honorific, a.Name));
                Assert.Equal("Research Officer", a.Role);
                Assert.Contains(a.Links, l => l.Label == "@ibra_okafor" && l.Url == "https://x.com/ibra_okafor");
            });
        Assert.Contains(article.Removals, r => r.Text == "Share.");
        Assert.Contains(article.Removals, r => r.Text == "Exit mobile version");
    }

    [Fact]
    public void BylineOneBio_MergesTheBylineAuthorWithHerBio()
    {
        var article = FixtureFiles.Convert("byline-one-bio");

        Assert.Equal("Why Night Trains Are Coming Back to Europe", article.Title);
        Assert.Equal("2025-03-03", article.Metadata.Published);
        var author = Assert.Single(article.Authors);
        Assert.Equal("Hannah Lindqvist", author.Name);
        Assert.StartsWith("Hannah Lindqvist is a transport correspondent", Assert.Single(author.Bio));
        Assert.StartsWith("When the last sleeper service", article.Body[0].PlainText);
        Assert.EndsWith("is due to start in the autumn.", article.Body[^1].PlainText);
    }

    [Fact]
    public void AboutTheAuthor_TakesTheBioOutOfTheBody()
    {
        var article = FixtureFiles.Convert("about-the-author");

        Assert.Equal("Five Lessons From a Year of Growing Vegetables on a Balcony", article.Title);
        var author = Assert.Single(article.Authors);
        Assert.Equal("Marta Kowalczyk", author.Name);
        Assert.Null(author.Honorific);
        Assert.EndsWith("the most useful gardening book I own.", article.Body[^1].PlainText);
    }

    [Fact]
    public void AboutTheAuthorsTwo_GivesTwoAuthorsFromUnlabelledBios()
    {
        var article = FixtureFiles.Convert("about-the-authors-two");

        Assert.Equal(["Nadia Rahman", "Jonas Eberhardt"], article.Authors.Select(a => a.Name));
        Assert.All(article.Authors, a => Assert.Single(a.Bio));
        Assert.EndsWith("varied activities within each block.", article.Body[^1].PlainText);
    }

    [Fact]
    public void NoBios_GivesNoAuthorsAndKeepsTags()
    {
        var article = FixtureFiles.Convert("no-bios");

        Assert.Equal("City Council Approves New Cycling Lanes on Three Main Roads", article.Title);
        Assert.Empty(article.Authors);
        Assert.Equal(4, article.Body.Count);
        Assert.Equal(["cycling", "transport", "city council"], article.Metadata.Tags);
    }

    [Fact]
    public void BioWithoutNameLine_BecomesAnAuthor()
    {
        var article = FixtureFiles.Convert("bio-without-name-line");

        var author = Assert.Single(article.Authors);
        Assert.Equal("Peter Almqvist", author.Name);
        Assert.EndsWith("leaves us alone to forget it.", article.Body[^1].PlainText);
    }

    [Fact]
    public void ClutterLookalikes_KeepsEverySentence()
    {
        var article = FixtureFiles.Convert("clutter-lookalikes");

        Assert.Equal(6, article.Body.Count);
        Assert.StartsWith("Comments are closed on the bakery's old website", article.Body[2].PlainText);
        Assert.StartsWith("Advertisement for the Sunday sessions", article.Body[^1].PlainText);
        Assert.Empty(article.Authors);
        Assert.Empty(article.Removals);
    }

    [Fact]
    public void CrlfNbsp_NormalisesSpacesAndReadsTheByline()
    {
        var article = FixtureFiles.Convert("crlf-nbsp");

        Assert.Equal("Refugee Housing Plan Wins Cross-Party Support", article.Title);
        Assert.Equal("2025-02-14", article.Metadata.Published);
        Assert.Equal(["Amir Haddad", "Sofia Brandt"], article.Authors.Select(a => a.Name));
        Assert.Single(article.Authors[0].Bio);
        Assert.Empty(article.Authors[1].Bio);
        Assert.Contains("regional assembly on Wednesday", article.Body[0].PlainText);
        Assert.Contains("about 60 million over three years", article.Body[1].PlainText);
        Assert.All(article.Body, b => Assert.DoesNotContain('\u00A0', b.PlainText));
        Assert.Contains("Landlords’ associations", article.Body[2].PlainText);
    }

    [Fact]
    public void HeadingAndList_KeepsStructure()
    {
        var article = FixtureFiles.Convert("heading-and-list");

        Assert.Equal("A Beginner's Guide to Sourdough Starter", article.Title);
        var kinds = article.Body.Select(b => b.GetType().Name).ToArray();
        Assert.Equal(
            ["Paragraph", "Heading", "ListBlock", "Heading", "Paragraph", "ListBlock", "Paragraph", "Quote", "Paragraph"],
            kinds);
        var bullets = (ListBlock)article.Body[2];
        Assert.False(bullets.Ordered);
        Assert.Equal("500 g of wholemeal rye or wheat flour", bullets.Items[0].PlainText);
        var steps = (ListBlock)article.Body[5];
        Assert.True(steps.Ordered);
        Assert.Equal(4, steps.Items.Count);
        Assert.Equal("Add 50 g of flour and 50 g of water.", steps.Items[1].PlainText);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void ClutterBeforeBody_FindsTitleAfterTheChromeAndTheDateInThePostedByLine()
    {
        var article = FixtureFiles.Convert("clutter-before-body");

        Assert.Equal("Small Telescope Spots a Comet Before the Big Observatories", article.Title);
        Assert.Equal("2024-10-09", article.Metadata.Published);
        Assert.Equal("Leo Marchetti", Assert.Single(article.Authors).Name);
        Assert.Equal(4, article.Body.Count);
        Assert.EndsWith("through binoculars in late November.", article.Body[^1].PlainText);
    }

    [Fact]
    public void PostedByRelated_DropsReadTimeRelatedListAndNewsletter()
    {
        var article = FixtureFiles.Convert("posted-by-related");

        Assert.Equal("The Quiet Return of the Public Library", article.Title);
        var author = Assert.Single(article.Authors);
        Assert.Equal("Grace Oyelaran", author.Name);
        Assert.Single(author.Bio);
        Assert.Equal(4, article.Body.Count);
        Assert.DoesNotContain(article.Body, b => b.PlainText.Contains("canal", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows1252_IsDecodedWithTheFallback()
    {
        var article = FixtureFiles.Convert("windows-1252");

        Assert.Equal("Café Owners Say “Enough” to Delivery Fees", article.Title);
        Assert.Contains("The owners – most of them", article.Body[1].PlainText);
        Assert.Equal(["The input is not valid UTF-8; it was read as windows-1252."], article.Warnings.Select(w => w.Message));
        Assert.Equal(WarningCodes.DecodingFallback, Assert.Single(article.Warnings).Code);
    }

    [Fact]
    public void TimeFirstDateAndShareClicks_ReadsTheDateAndTheUppercaseByline()
    {
        var article = FixtureFiles.Convert("time-first-date-and-share-clicks");

        Assert.Equal("2024-11-19", article.Metadata.Published);
        var author = Assert.Single(article.Authors);
        Assert.Equal(("Jane Morrow", "Senior Retail Correspondent"), (author.Name, author.Role));
        Assert.Single(author.Bio);
        Assert.Equal(3, article.Body.Count);
        Assert.All(article.Body, b => Assert.IsType<Paragraph>(b));
    }

    [Fact]
    public void UppercaseAboutWithContact_KeepsTheContactLineWithTheAuthor()
    {
        var article = FixtureFiles.Convert("uppercase-about-with-contact");

        var author = Assert.Single(article.Authors);
        Assert.Equal(("Prof", "Helena Grünwald"), (author.Honorific, author.Name));
        Assert.Equal("Professor of Soil Science, University of Altenburg", author.Role);
        Assert.Equal(2, author.Bio.Count);
        Assert.Equal(["email", "x"], author.Links.Select(l => l.Kind));
        Assert.Equal(3, article.Body.Count);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void PostedOnDateByName_MakesTheTrailingNameAndBioTheBylineAuthor()
    {
        var article = FixtureFiles.Convert("posted-on-date-by-name");

        Assert.Equal("2023-03-18", article.Metadata.Published);
        var author = Assert.Single(article.Authors);
        Assert.Equal("Ewan MacLeod", author.Name);
        Assert.Single(author.Bio);
        Assert.StartsWith("Donald Ross is 84.", article.Body[^1].PlainText);
    }

    [Fact]
    public void BareNameBylineMarkdownHeadings_FindsBylineHeadingsTagsAndCookieNotice()
    {
        var article = FixtureFiles.Convert("bare-name-byline-markdown-headings");

        Assert.Equal("2025-06-02", article.Metadata.Published);
        Assert.Equal("Sarah Chen", Assert.Single(article.Authors).Name);
        Assert.Equal(["Paragraph", "Heading", "Paragraph", "Heading", "Paragraph"], article.Body.Select(b => b.GetType().Name));
        Assert.Equal("Why size is not everything", article.Body[1].PlainText);
        Assert.Equal(["AI", "machine learning", "language models"], article.Metadata.Tags);
        Assert.Contains(article.Removals, r => r.Category == "cookies");
    }

    [Fact]
    public void StaffBylineSubjectBio_KeepsTheClosingParagraphAboutTheSubjectInTheBody()
    {
        var article = FixtureFiles.Convert("staff-byline-subject-bio");

        Assert.Null(article.Title);
        Assert.Equal("By Staff Reporter", article.Metadata.Byline);
        Assert.Empty(article.Authors);
        Assert.StartsWith("John Meyer is the chief executive", article.Body[^1].PlainText);
    }

    [Fact]
    public void LoneShareBeforeBios_RemovesTheShareLineAndFindsAllThreeAuthors()
    {
        var article = FixtureFiles.Convert("lone-share-before-bios");

        Assert.Equal(4, article.Body.Count);
        Assert.Equal(["Clara Voss", "Tomas Ferreira", "Ibrahim Okafor"], article.Authors.Select(a => a.Name));
        Assert.Contains(article.Removals, r => r.Text == "Share.");
    }

    [Fact]
    public void MagazineThemeCommentForm_TakesTheProfileLinkAsALinkAndDropsTheForm()
    {
        var article = FixtureFiles.Convert("magazine-theme-comment-form");

        Assert.Equal("2025-01-12", article.Metadata.Published);
        var author = Assert.Single(article.Authors);
        Assert.Equal(("Dr", "Farah Siddiqui", null), (author.Honorific, author.Name, author.Role));
        Assert.Equal([new AuthorLink("web", "https://example-insight.org/author/farah/", "https://example-insight.org/author/farah/")], author.Links);
        Assert.Equal(3, article.Body.Count);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void BlogPlatformWrittenBy_ReadsTheNameAboveTheDateAndTheClosingTagline()
    {
        var article = FixtureFiles.Convert("blog-platform-written-by");

        Assert.Equal("2025-03-03", article.Metadata.Published);
        var author = Assert.Single(article.Authors);
        Assert.Equal("Maya Lindgren", author.Name);
        Assert.Equal(["Platform engineer. Writes about build systems, CI and the joy of deleting code."], author.Bio);
        Assert.Equal(3, article.Body.Count);
    }

    [Fact]
    public void AgencyDatelineCredits_KeepsDatelineAndCreditsAsBodyParagraphs()
    {
        var article = FixtureFiles.Convert("agency-dateline-credits");

        Assert.StartsWith("LONDON, March 3 (Reuters) - ", article.Body[0].PlainText);
        var credit = Assert.IsType<Paragraph>(article.Body[^1]);
        Assert.Equal("Reporting by Tom Kale; Editing by Ruth Ames", credit.PlainText);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void NewsletterPlatformButtons_DropsThePromoAndTheButtonRow()
    {
        var article = FixtureFiles.Convert("newsletter-platform-buttons");

        Assert.Equal(2, article.Body.Count);
        Assert.Empty(article.Warnings);
        Assert.Contains(article.Removals, r => r.Category == "newsletter" && r.Text.StartsWith("Thanks for reading", StringComparison.Ordinal));
    }

    [Fact]
    public void InlineAboutAndSourceNote_SplitsTheInlineBioAndKeepsTheSourceAsMetadata()
    {
        var article = FixtureFiles.Convert("inline-about-and-source-note");

        var author = Assert.Single(article.Authors);
        Assert.Equal("Priya Raman", author.Name);
        Assert.Equal(["Priya Raman is a research associate at the Ocean Policy Forum in Chennai."], author.Bio);
        Assert.Equal("the Ocean Policy Forum", article.Metadata.RepublishedFrom);
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void MilitaryRankHonorific_KeepsTheWholeRankAsHonorific()
    {
        var article = FixtureFiles.Convert("military-rank-honorific");

        var author = Assert.Single(article.Authors);
        Assert.Equal(("Brig (R) Dr", "Asif Mahmood", "Director, Maritime Studies"), (author.Honorific, author.Name, author.Role));
        Assert.Single(author.Bio);
        Assert.Equal(2, article.Body.Count);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void SingleNewlineParagraphs_ReadsEveryLineAsItsOwnBlock()
    {
        var article = FixtureFiles.Convert("single-newline-paragraphs");

        Assert.Equal("Grain Corridors and the Politics of Food Security", article.Title);
        Assert.Equal(2, article.Body.Count);
        Assert.Equal([("Dr", "Omar Haddad"), ("Ms", "Leena Varma")], article.Authors.Select(a => (a.Honorific, a.Name)));
        Assert.All(article.Authors, a => Assert.Single(a.Bio));
    }

    [Fact]
    public void StandfirstNameRoleCredits_TakesTheStandfirstAsSubtitleFindsTheBylineBelowItAndDropsPhotoCredits()
    {
        var article = FixtureFiles.Convert("standfirst-name-role-credits");

        Assert.Equal("2025-03-03", article.Metadata.Published);
        var author = Assert.Single(article.Authors);
        Assert.Equal(("Jane Whitfield", "Staff Writer"), (author.Name, author.Role));
        Assert.Equal("Independent grocers are reopening in neighbourhoods the supermarkets left behind.", article.Subtitle);
        Assert.StartsWith("Ten years ago", article.Body[0].PlainText);
        Assert.StartsWith("Editor's note:", article.Body[1].PlainText);
        Assert.Equal(2, article.Removals.Count(r => r.Category == "image-credit"));
        Assert.Equal(5, article.Body.Count);
    }

    [Fact]
    public void GermanArticle_BylineClutterAndAuthorSectionInGerman()
    {
        var article = FixtureFiles.Convert("german-byline-author-heading");

        Assert.Equal("Stadtrat beschließt drei neue Radwege", article.Title);
        Assert.Equal(3, article.Body.Count);
        Assert.StartsWith("Kritik kam von der Opposition", article.Body[^1].PlainText, StringComparison.Ordinal);
        Assert.Equal(["Katrin Wolff", "Jan Berg"], article.Authors.Select(a => a.Name));
        Assert.Equal(["Redakteurin, Lokales", "Volontär"], article.Authors.Select(a => a.Role));
        Assert.All(article.Authors, a => Assert.Single(a.Bio));
        Assert.Equal(["read-more-inline", "share-label", "comments-closed", "author-heading"], article.Removals.Select(r => r.RuleId));
        Assert.Empty(article.Warnings);
    }
}
