using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Tests.Writing;

public class ArticleFrontAndBackMatterTests
{
    [Theory]
    [InlineData("Ann Lee", null, null, "en", "By Ann Lee")]
    [InlineData("Ann Lee", "2025-03-03", null, "en-AU", "By Ann Lee — 3 March 2025")]
    [InlineData("Ann Lee", "2025-03-03", null, null, "By Ann Lee — 3 March 2025")]
    [InlineData(null, "2025-03-03", null, null, "3 March 2025")]
    [InlineData("Ann Lee", "2025-03-03", null, "de", "Von Ann Lee — 3. März 2025")]
    [InlineData("Ann Lee", "2025-03-03", null, "es-MX", "Por Ann Lee — 3 de marzo de 2025")]
    [InlineData("Ann Lee", "2025-03-03", null, "ja", "By Ann Lee — 2025-03-03")]
    [InlineData("Ann Lee", "March 2025", null, "en", "By Ann Lee — March 2025")]
    [InlineData(null, "2025-03-03", "By Ann Lee | 3 March", "en", "By Ann Lee | 3 March")]
    [InlineData("Ann Lee", null, "POSTED BY ANN LEE", "en", "By Ann Lee")]
    [InlineData(null, null, null, "en", null)]
    public void BylineCombinesAuthorsDateAndPageByline(
        string? author, string? published, string? pageByline, string? language, string? expected)
    {
        var article = new Article
        {
            Authors = author is null ? [] : [new Author(author)],
            Metadata = new ArticleMetadata { Published = published, Byline = pageByline, Language = language },
        };

        Assert.Equal(expected, ArticleFrontAndBackMatter.BylineLine(article));
    }

    [Fact]
    public void BylineListsDisplayNamesWithHonorifics()
    {
        var article = new Article
        {
            Authors = [new Author("Ann Lee", "Prof", null, [], []), new Author("Bo Kim"), new Author("Cy Ode")],
        };

        Assert.Equal("By Prof Ann Lee, Bo Kim and Cy Ode", ArticleFrontAndBackMatter.BylineLine(article));
    }

    [Fact]
    public void OnlyAuthorsWithARoleOrABioAreIntroduced()
    {
        var article = new Article
        {
            Authors = [new Author("Ann Lee"), new Author("Bo Kim", null, "Editor", [], []), new Author("Cy Ode", null, null, [" "], [])],
        };

        Assert.Equal(["Bo Kim"], ArticleFrontAndBackMatter.AuthorsToIntroduce(article).Select(a => a.Name));
    }
}
