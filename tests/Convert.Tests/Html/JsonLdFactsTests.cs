using Convert.Core.Html;

namespace Convert.Tests.Html;

public class JsonLdFactsTests
{
    [Fact]
    public void ArticleFields_AreRead()
    {
        var facts = JsonLdFacts.Read(["""
            {"@context":"https://schema.org","@type":"NewsArticle",
             "headline":" The Headline ","datePublished":"2024-03-05","inLanguage":"en-GB",
             "publisher":{"@type":"Organization","name":"Chronicle Media"},
             "mainEntityOfPage":{"@type":"WebPage","@id":"https://example.com/story"},
             "keywords":["rivers"," drought ",""],
             "author":[{"@type":"Person","name":"Jane Doe"},{"@id":"#someone"}]}
            """]);

        Assert.NotNull(facts);
        Assert.Equal("The Headline", facts.Headline);
        Assert.Equal("2024-03-05", facts.Published);
        Assert.Equal("en-GB", facts.Language);
        Assert.Equal("Chronicle Media", facts.Publisher);
        Assert.Equal("https://example.com/story", facts.Url);
        Assert.Equal(["rivers", "drought"], facts.Keywords);
        Assert.Equal(["Jane Doe"], facts.Authors);
    }

    [Fact]
    public void NameAndDateCreated_StandInForHeadlineAndDatePublished()
    {
        var facts = JsonLdFacts.Read(["""{"@type":"BlogPosting","name":"The Name","dateCreated":"2023-01-01","mainEntityOfPage":"https://example.com/p"}"""]);

        Assert.Equal(("The Name", "2023-01-01", "https://example.com/p"), (facts?.Headline, facts?.Published, facts?.Url));
    }

    [Fact]
    public void ItemsThatAreNotArticles_AreIgnored()
    {
        Assert.Null(JsonLdFacts.Read(["""{"@type":"Organization","name":"Chronicle Media"}""", """[{"@type":"BreadcrumbList"}]""", """{"name":"no type"}"""]));
    }

    [Fact]
    public void CommentWrappedAndCommentedJson_IsRead()
    {
        var facts = JsonLdFacts.Read(["""
            <!--
            {"@type":"Article", // a comment
             "headline":"Wrapped",}
            -->
            """]);

        Assert.Equal("Wrapped", facts?.Headline);
    }

    [Fact]
    public void CDataWrappedJson_IsRead()
    {
        Assert.Equal("Wrapped", JsonLdFacts.Read(["""<![CDATA[{"@type":"Article","headline":"Wrapped"}]]>"""])?.Headline);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json at all")]
    [InlineData("{\"@type\":\"Article\",\"headline\":")]
    public void BrokenJson_GivesNothing(string script)
    {
        Assert.Null(JsonLdFacts.Read([script]));
    }

    [Fact]
    public void DeeplyNestedJson_IsIgnored()
    {
        var script = "{\"@type\":\"Article\",\"x\":" + new string('[', 500) + new string(']', 500) + "}";

        Assert.Null(JsonLdFacts.Read([script]));
    }

    [Fact]
    public void WrongValueKinds_AreSkipped()
    {
        var facts = JsonLdFacts.Read(["""{"@type":"Article","headline":42,"author":[7,null,"Jane Doe"],"keywords":{"a":1},"publisher":"Chronicle"}"""]);

        Assert.NotNull(facts);
        Assert.Null(facts.Headline);
        Assert.Equal(["Jane Doe"], facts.Authors);
        Assert.Empty(facts.Keywords);
        Assert.Equal("Chronicle", facts.Publisher);
    }
}
