using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class AuthorSectionParserTests
{
    private static AuthorSection Parse(string text, bool strict = false, params PersonName[] byline) =>
        new AuthorSectionParser(new AuthorEvidence(byline, BodyVocabulary.Empty), strict).Parse(ScrapedText.Blocks(text));

    [Fact]
    public void WhenNameRoleAndBioShareOneBlock_ThenTheyAreStillSeparated()
    {
        var section = Parse("Ann Alpha\nSenior Fellow\nAnn Alpha is a senior fellow.\nShe lives by the sea.");

        var author = Assert.Single(section.Authors).ToAuthor();
        Assert.Equal(("Ann Alpha", "Senior Fellow"), (author.Name, author.Role));
        Assert.Equal(["Ann Alpha is a senior fellow. She lives by the sea."], author.Bio);
        Assert.Empty(section.NotAuthorBlocks);
    }

    [Fact]
    public void WhenABioParagraphHasNoNameLine_ThenTheNameComesFromTheSentence()
    {
        var section = Parse("Dr. Jane Doe holds a chair in law.\n\nShe also writes novels.");

        var author = Assert.Single(section.Authors).ToAuthor();
        Assert.Equal(("Jane Doe", "Dr"), (author.Name, author.Honorific));
        Assert.Equal(2, author.Bio.Count);
    }

    [Fact]
    public void WhenAParagraphDoesNotContinueTheBio_ThenItIsNotAuthorMaterial()
    {
        var section = Parse("Jane Doe\n\nJane Doe writes about energy.\n\nThe plant closes next year, the company said.");

        Assert.Equal(["Jane Doe writes about energy."], Assert.Single(section.Authors).Bio);
        Assert.Equal("The plant closes next year, the company said.", Assert.Single(section.NotAuthorBlocks).Text);
    }

    [Fact]
    public void WhenANameLineSitsAboveATagline_ThenTheTaglineIsTheBio()
    {
        var section = Parse("Ben Beta\n\nFreelance writer and graphic designer.");

        Assert.Equal(["Freelance writer and graphic designer."], Assert.Single(section.Authors).Bio);
    }

    [Theory]
    [InlineData("Opinions expressed in this article are the author's own.")]
    [InlineData("Follow me on Twitter for more.")]
    [InlineData("Sign up for our weekly newsletter with Jane Doe.")]
    [InlineData("Jane Doe: 206-555-0100 or jane@example.org")]
    [InlineData("Thanks to Ann Poe for help with this story.")]
    public void WhenTextIsNeverABio_ThenNoAuthorComesFromIt(string text)
    {
        var section = Parse(text);

        Assert.Empty(section.Authors);
        Assert.Single(section.NotAuthorBlocks);
    }

    [Fact]
    public void WhenStrictAndANameLineHasNoProof_ThenItIsNotAnAuthor()
    {
        var section = Parse("Jane Doe\n\nA tagline that proves nothing.", strict: true);

        Assert.Empty(section.Authors);
        Assert.Equal(2, section.NotAuthorBlocks.Count);
    }

    [Fact]
    public void WhenStrictAndTheBylineNamesThePerson_ThenTheBioSentenceIsAccepted()
    {
        var section = Parse("Jane Doe lives in Lisbon.", strict: true, new PersonName(null, "Jane Doe"));

        Assert.Equal("Jane Doe", Assert.Single(section.Authors).Person.Name);
    }

    [Fact]
    public void WhenDrAppearsInsideASentence_ThenNoAuthorIsMade()
    {
        var section = Parse("The study by Dr. Ann Poe found that rivers are drying.", strict: true);

        Assert.Empty(section.Authors);
    }

    [Theory]
    [InlineData("Legal Notices\n\nReport Trademark Abuse\n\nPrivacy Policy")]
    [InlineData("Big Journalism\n\nBig Hollywood\n\nNational Security")]
    [InlineData("SuperFan Badge\n\nSuperFan badge holders post smart, timely comments about local sports.")]
    [InlineData("White Collar Watch\n\nThis is how the Director really hurt the party")]
    public void WhenTheTailHoldsSiteChromeThatLooksLikeNames_ThenNoAuthorIsMade(string tail)
    {
        var section = Parse(tail);

        Assert.Empty(section.Authors);
    }

    [Fact]
    public void WhenANameWithoutHonorificIsFollowedByABioAboutThem_ThenItIsAnAuthor()
    {
        var section = Parse("Ann Alpha\n\nAlpha has covered energy markets since 2015.");

        Assert.Equal("Ann Alpha", Assert.Single(section.Authors).Person.Name);
    }

    [Fact]
    public void WhenAnInlineAboutTheAuthorHoldsTheBio_ThenItIsReadAsHeadingAndBio()
    {
        var section = Parse("*About the author: Ann Alpha writes about rivers and the people who live by them.");

        var author = Assert.Single(section.Authors).ToAuthor();
        Assert.Equal("Ann Alpha", author.Name);
        Assert.Equal(["Ann Alpha writes about rivers and the people who live by them."], author.Bio);
    }
}

