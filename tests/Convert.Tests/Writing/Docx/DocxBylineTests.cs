using Convert.Core.Model;
using Convert.Core.Writing.Docx;

namespace Convert.Tests.Writing.Docx;

public class DocxBylineTests
{
    [Theory]
    [InlineData("Ann Lee", null, null, "en", "Ann Lee")]
    [InlineData("Ann Lee", "2025-03-03", null, "en-AU", "Ann Lee — 3 March 2025")]
    [InlineData(null, "2025-03-03", null, null, "3 March 2025")]
    [InlineData("Ann Lee", "2025-03-03", null, "de", "Ann Lee — 2025-03-03")]
    [InlineData("Ann Lee", "March 2025", null, "en", "Ann Lee — March 2025")]
    [InlineData(null, "2025-03-03", "By Ann Lee | 3 March", "en", "By Ann Lee | 3 March")]
    [InlineData(null, null, null, "en", null)]
    public void WhenAuthorsDateOrPageBylineAreKnownThenBylineCombinesThem(
        string? author, string? published, string? pageByline, string? language, string? expected)
    {
        var article = new Article
        {
            Authors = author is null ? [] : [new Author(author)],
            Metadata = new ArticleMetadata { Published = published, Byline = pageByline },
        };

        Assert.Equal(expected, DocxByline.Text(article, DocxLanguage.From(language)));
    }

    [Fact]
    public void WhenSeveralAuthorsThenDisplayNamesWithHonorificsAreListed()
    {
        var article = new Article { Authors = [new Author("Ann Lee", "Prof", null, [], []), new Author("Bo Kim")] };

        Assert.Equal("Prof Ann Lee, Bo Kim", DocxByline.Text(article, DocxLanguage.From("en")));
    }
}
