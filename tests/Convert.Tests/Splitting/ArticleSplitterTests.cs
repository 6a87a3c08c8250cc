using Convert.Core.Cleaning;
using Convert.Core.Model;
using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class ArticleSplitterTests
{
    private const string TypicalArticle = """
        Water Rights In The Valley

        The river has shaped the valley for centuries and still decides who farms.

        Officials now want to restore trust in the region.

        [end-of-body]

        Mr Jane Q Example

        Research Officer/ Managing Editor Some Insight

        Jane Q Example is a Research Officer at the Centre for Rivers. Her areas of interest include water law.

        Dr John Example

        Director Research

        Dr. John Example has worked as an engineer for twenty years. He holds a Ph.D. in hydrology.

        His research has been published in several journals. Follow @jexample for updates.
        """;

    private static Article Split(string text, SplitOptions? options = null) =>
        ArticleSplitter.Split(ScrapedText.Clean(text), options ?? SplitOptions.Default);

    [Fact]
    public void WhenTailHoldsNameRoleBioTriples_ThenEachBecomesAnAuthor()
    {
        var article = Split(TypicalArticle);

        Assert.Equal("Water Rights In The Valley", article.Title);
        Assert.Equal(
            ["P 3-3 The river has shaped the valley for centuries and still decides who farms.", "P 5-5 Officials now want to restore trust in the region."],
            BlockDump.Of(article.Body));
        Assert.Equal(2, article.Authors.Count);
        var jane = article.Authors[0];
        Assert.Equal(("Jane Q Example", "Mr", "Research Officer/ Managing Editor Some Insight"), (jane.Name, jane.Honorific, jane.Role));
        Assert.Equal(["Jane Q Example is a Research Officer at the Centre for Rivers. Her areas of interest include water law."], jane.Bio);
        var john = article.Authors[1];
        Assert.Equal(("John Example", "Dr", "Director Research"), (john.Name, john.Honorific, john.Role));
        Assert.Equal(2, john.Bio.Count);
        Assert.StartsWith("His research", john.Bio[1], StringComparison.Ordinal);
        Assert.Equal([new AuthorLink("x", "@jexample", "https://x.com/jexample")], john.Links);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void WhenFourAuthorsFollowEachOther_ThenAllFourAreFound()
    {
        var article = Split("""
            Title Here

            Body text of the article.

            [end-of-body]

            Ann Alpha
            Senior Fellow
            Ann Alpha is a senior fellow.

            Ben Beta

            Staff Writer

            Ben writes on cities.

            Dr Cara Gamma

            Lecturer in Law

            Dr. Gamma teaches law.

            Dan Delta

            Contributor

            I am a writer based in the hills.
            """);

        Assert.Equal(["Ann Alpha", "Ben Beta", "Cara Gamma", "Dan Delta"], article.Authors.Select(a => a.Name));
        Assert.Equal(["Senior Fellow", "Staff Writer", "Lecturer in Law", "Contributor"], article.Authors.Select(a => a.Role));
        Assert.All(article.Authors, a => Assert.Single(a.Bio));
    }

    [Fact]
    public void WhenBylineNamesTheBioAuthor_ThenTheyAreMergedIntoOne()
    {
        var article = Split("""
            A Headline

            By Jane Doe | March 3, 2025

            The article starts here and runs on.

            [end-of-body]

            Dr. Jane Doe

            Jane Doe is a senior fellow at the Example Institute.
            """);

        var author = Assert.Single(article.Authors);
        Assert.Equal(("Jane Doe", "Dr"), (author.Name, author.Honorific));
        Assert.Equal(["Jane Doe is a senior fellow at the Example Institute."], author.Bio);
        Assert.Equal("By Jane Doe | March 3, 2025", article.Metadata.Byline);
        Assert.Equal("2025-03-03", article.Metadata.Published);
        Assert.Equal(["P 5-5 The article starts here and runs on."], BlockDump.Of(article.Body));
    }

    [Fact]
    public void WhenBylineHasNoBio_ThenTheAuthorHasOnlyAName()
    {
        var article = Split("A Headline\n\nBy Jane Doe and John Roe\n\n3 March 2025\n\nThe article starts here.");

        Assert.Equal(["Jane Doe", "John Roe"], article.Authors.Select(a => a.Name));
        Assert.All(article.Authors, a => Assert.Empty(a.Bio));
        Assert.Equal("2025-03-03", article.Metadata.Published);
        Assert.Equal(["P 7-7 The article starts here."], BlockDump.Of(article.Body));
    }

    [Fact]
    public void WhenThereAreNoBios_ThenThereAreNoAuthors()
    {
        var article = Split("A Headline\n\nOne paragraph here.\n\nJane Doe said the plan would work.\n\nAnother paragraph ends it.");

        Assert.Empty(article.Authors);
        Assert.Equal(3, article.Body.Count);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void WhenABodyParagraphStartsWithANameMidText_ThenItStaysInTheBody()
    {
        var article = Split("""
            A Headline

            The story begins.

            Jane Doe is a senior fellow at the institute and she led the study.

            The study found that rivers are drying.
            """);

        Assert.Empty(article.Authors);
        Assert.Equal(3, article.Body.Count);
    }

    [Fact]
    public void WhenTheLastBodyParagraphIsABioOfTheBylineAuthor_ThenItMovesToTheAuthor()
    {
        var article = Split("""
            A Headline

            By Jane Doe

            The story begins and ends here.

            Jane Doe is a freelance writer based in Lisbon.
            """);

        var author = Assert.Single(article.Authors);
        Assert.Equal(["Jane Doe is a freelance writer based in Lisbon."], author.Bio);
        Assert.Equal(["P 5-5 The story begins and ends here."], BlockDump.Of(article.Body));
    }

    [Fact]
    public void WhenTheLastParagraphDescribesSomeoneTheArticleQuotes_ThenItStaysInTheBody()
    {
        var article = Split("""
            A Headline

            Professor Roe said the river would recover within a decade.

            Ann Roe is a professor of hydrology at the university.
            """);

        Assert.Empty(article.Authors);
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void WhenTitleOverrideIsGiven_ThenItWinsAndTheTitleLineStillLeavesTheBody()
    {
        var article = Split("Line Title\n\nBody paragraph here.", new SplitOptions { TitleOverride = "User Title" });

        Assert.Equal("User Title", article.Title);
        Assert.Equal(["P 3-3 Body paragraph here."], BlockDump.Of(article.Body));
    }

    [Theory]
    [InlineData("This first block is a sentence.\n\nMore text.")]
    [InlineData("By Jane Doe\n\nMore text.")]
    [InlineData("Only One Line")]
    public void WhenTheFirstBlockIsNotATitle_ThenThereIsNoTitle(string text) => Assert.Null(Split(text).Title);

    [Fact]
    public void WhenTheTailHoldsARealParagraph_ThenItGoesBackToTheBodyWithAWarning()
    {
        var article = Split("""
            A Headline

            First paragraph.

            [end-of-body]

            The council will meet again in June to decide on the plan.
            """);

        Assert.Empty(article.Authors);
        Assert.Equal(["P 3-3 First paragraph.", "P 7-7 The council will meet again in June to decide on the plan."], BlockDump.Of(article.Body));
        Assert.Equal(
            [
                "Text after the end of the article was not recognised as author information and was kept in the body (line 7).",
                "The author section at line 7 gave no author.",
            ],
            article.Warnings.Select(w => w.Message));
        Assert.Equal([WarningCodes.KeptInBody, WarningCodes.AuthorSectionWithoutAuthor], article.Warnings.Select(w => w.Code));
        Assert.Equal(7, article.Warnings[1].Source?.StartLine);
    }

    [Fact]
    public void WhenTheTailHoldsAContributorLine_ThenItIsNeverABio()
    {
        var article = Split("""
            A Headline

            First paragraph.

            [end-of-body]

            Additional reporting by Ann Poe.

            Jane Doe

            Jane Doe writes about energy.
            """);

        Assert.Equal(["Jane Doe"], article.Authors.Select(a => a.Name));
        Assert.Equal("P 7-7 Additional reporting by Ann Poe.", BlockDump.Of(article.Body[^1]));
        Assert.Single(article.Warnings);
    }

    [Fact]
    public void WhenAnAboutTheAuthorHeadingLeadsTheTail_ThenTheBioUnderItIsRead()
    {
        var article = Split("""
            A Headline

            First paragraph.

            About the author

            Ann Poe is a reporter covering health. Contact: ann@example.org
            """);

        var author = Assert.Single(article.Authors);
        Assert.Equal("Ann Poe", author.Name);
        Assert.Equal([new AuthorLink("email", "ann@example.org", "mailto:ann@example.org")], author.Links);
        Assert.Equal(["P 3-3 First paragraph."], BlockDump.Of(article.Body));
    }

    [Fact]
    public void WhenCleaningRemovedAndNotedThings_ThenTheyAreCarriedOver()
    {
        var cleaned = ScrapedText.Clean("A Headline\n\nBody.") with
        {
            Removed = [new RemovedBlock(new Removal("share-button", "share", "Share.", new SourceSpan(9, 9)), 2)],
            Metadata = new ArticleMetadata { RepublishedFrom = "https://example.org/a" },
        };

        var article = ArticleSplitter.Split(cleaned, SplitOptions.Default);

        Assert.Equal("share-button", Assert.Single(article.Removals).RuleId);
        Assert.Equal("https://example.org/a", article.Metadata.RepublishedFrom);
    }

    [Fact]
    public void WhenANameLineSitsNextToADateUnderTheTitle_ThenItIsTheByline()
    {
        var article = Split("""
            How Small Engines Got Quiet

            Maria Santos

            June 2, 2025

            Engineers have spent a decade making small engines quieter, and the results are now audible in every town.
            """);

        Assert.Equal("Maria Santos", article.Metadata.Byline);
        Assert.Equal("2025-06-02", article.Metadata.Published);
        Assert.Equal("Maria Santos", Assert.Single(article.Authors).Name);
        Assert.Equal(["P 7-7 Engineers have spent a decade making small engines quieter, and the results are now audible in every town."],
            BlockDump.Of(article.Body));
    }

    [Fact]
    public void WhenANameLikeLineHasNoDateBesideIt_ThenItIsNotTakenForAByline()
    {
        var article = Split("""
            How Small Engines Got Quiet

            Quiet Engines Explained

            Engineers have spent a decade making small engines quieter, and the results are now audible in every town.
            """);

        Assert.Null(article.Metadata.Byline);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void WhenAContactLineFollowsABio_ThenItBelongsToThatAuthor()
    {
        var article = Split("""
            Soil And Carbon

            Farmers are paid to store carbon in their soil, but measuring it is still hard and costly work.

            [end-of-body]

            Prof. Helena Berg

            Professor of Soil Science

            Prof. Berg leads a research group on soil carbon.

            Contact her at h.berg@uni.example or follow @hberg.
            """);

        var author = Assert.Single(article.Authors);
        Assert.Equal(2, author.Bio.Count);
        Assert.Contains(author.Links, l => l.Kind == "email" && l.Label == "h.berg@uni.example");
        Assert.Contains(author.Links, l => l.Kind == "x" && l.Label == "@hberg");
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void WhenAOneSentenceStandfirstSitsBetweenTitleAndByline_ThenItIsTheSubtitleAndNotBody()
    {
        var article = Split("""
            Corner Shops Return

            Independent grocers are reopening where the supermarkets left

            By Jane Whitfield

            Ten years ago the parade of shops had two empty units. Today it has a greengrocer and a bakery.
            """);

        Assert.Equal("Independent grocers are reopening where the supermarkets left", article.Subtitle);
        Assert.StartsWith("Ten years ago", Assert.Single(article.Body).PlainText);
    }

    [Fact]
    public void WhenAShortFirstParagraphHasNoBylineOrDateBelowIt_ThenItStaysInTheBody()
    {
        var article = Split("""
            Corner Shops Return

            Independent grocers are reopening where the supermarkets left

            Ten years ago the parade of shops had two empty units. Today it has a greengrocer and a bakery.
            """);

        Assert.Null(article.Subtitle);
        Assert.Equal(2, article.Body.Count);
    }
}
