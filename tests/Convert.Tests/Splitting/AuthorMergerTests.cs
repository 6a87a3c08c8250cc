using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class AuthorMergerTests
{
    private static AuthorDraft Draft(string? honorific, string name, string bio)
    {
        var draft = new AuthorDraft(new PersonName(honorific, name));
        draft.AddBio(bio);
        return draft;
    }

    [Fact]
    public void WhenBylineAndBioNameTheSamePerson_ThenOneAuthorKeepsTheBio()
    {
        var byline = BylineParser.TryParse("By JANE Q. DOE and John Roe, Staff Writer")!;

        var authors = AuthorMerger.Merge(byline, [Draft("Dr", "Jane Q Doe", "Bio of Jane.")]);

        Assert.Equal(["Jane Q Doe", "John Roe"], authors.Select(a => a.Name));
        Assert.Equal("Dr", authors[0].Honorific);
        Assert.Equal(["Bio of Jane."], authors[0].Bio);
        Assert.Equal("Staff Writer", authors[1].Role);
        Assert.Empty(authors[1].Bio);
    }

    [Fact]
    public void WhenTheSamePersonHasTwoBioEntries_ThenTheyAreJoined()
    {
        var authors = AuthorMerger.Merge(null, [Draft(null, "Ann Poe", "One."), Draft("Dr", "Ann Poe", "Two.")]);

        var author = Assert.Single(authors);
        Assert.Equal(["One.", "Two."], author.Bio);
        Assert.Equal("Dr", author.Honorific);
    }

    [Fact]
    public void WhenThereIsNoBylineAndNoBio_ThenThereAreNoAuthors() => Assert.Empty(AuthorMerger.Merge(null, []));
}
