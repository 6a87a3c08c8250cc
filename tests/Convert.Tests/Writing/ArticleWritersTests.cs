using Convert.Core.Writing;

namespace Convert.Tests.Writing;

public class ArticleWritersTests
{
    [Fact]
    public void RegistryListsTheFormatsInOrder()
    {
        Assert.Equal(["json", "docx", "md", "txt", "jsonl"], ArticleWriters.All.Select(w => w.Format));
    }

    [Theory]
    [InlineData("json", typeof(JsonArticleWriter))]
    [InlineData(".JSON", typeof(JsonArticleWriter))]
    [InlineData("docx", typeof(DocxArticleWriter))]
    [InlineData("markdown", typeof(MarkdownArticleWriter))]
    [InlineData(".md", typeof(MarkdownArticleWriter))]
    [InlineData("text", typeof(PlainTextArticleWriter))]
    [InlineData("txt", typeof(PlainTextArticleWriter))]
    [InlineData("jsonl", typeof(JsonlArticleWriter))]
    [InlineData("ndjson", typeof(JsonlArticleWriter))]
    [InlineData(".jsonl", typeof(JsonlArticleWriter))]
    public void FindAcceptsFormatNamesAndExtensions(string key, Type expected)
    {
        Assert.IsType(expected, ArticleWriters.Find(key));
    }

    [Fact]
    public void FindReturnsNullForUnknownFormats() => Assert.Null(ArticleWriters.Find("pdf"));

    [Fact]
    public void OnlyDocxIsBinary()
    {
        Assert.Equal(["docx"], ArticleWriters.All.Where(w => w.IsBinary).Select(w => w.Format));
    }
}
