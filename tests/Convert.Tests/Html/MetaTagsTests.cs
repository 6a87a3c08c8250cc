using Convert.Core.Html;

namespace Convert.Tests.Html;

public class MetaTagsTests
{
    private static MetaTags Of(params Dictionary<string, string>[] metas) => new(metas);

    [Fact]
    public void Names_AreMatchedByPropertyNameItempropOrHttpEquiv()
    {
        var meta = Of(
            new() { ["property"] = "og:title", ["content"] = "A" },
            new() { ["name"] = "author", ["content"] = "B" },
            new() { ["itemprop"] = "datePublished", ["content"] = "C" },
            new() { ["http-equiv"] = "content-language", ["content"] = "D" });

        Assert.Equal(("A", "B", "C", "D"), (meta.First("og:title"), meta.First("author"), meta.First("datePublished"), meta.First("content-language")));
    }

    [Fact]
    public void Lookup_IgnoresCase_AndTheFirstValueWins()
    {
        var meta = Of(new() { ["name"] = "Author", ["content"] = " First " }, new() { ["name"] = "author", ["content"] = "Second" });

        Assert.Equal("First", meta.First("AUTHOR"));
        Assert.Equal(["First", "Second"], meta.All("author"));
    }

    [Fact]
    public void First_TriesTheNamesInOrder()
    {
        var meta = Of(new() { ["name"] = "twitter:title", ["content"] = "Twitter" }, new() { ["property"] = "og:title", ["content"] = "Open Graph" });

        Assert.Equal("Open Graph", meta.First("og:title", "twitter:title"));
        Assert.Equal("Twitter", meta.First("dc.title", "twitter:title"));
        Assert.Null(meta.First("dc.title"));
    }

    [Fact]
    public void PropertyListingSeveralNames_CountsForEach()
    {
        var meta = Of(new Dictionary<string, string> { ["property"] = "og:title  twitter:title", ["content"] = "Both" });

        Assert.Equal(("Both", "Both"), (meta.First("og:title"), meta.First("twitter:title")));
    }

    [Fact]
    public void EmptyOrMissingContent_IsSkipped()
    {
        var meta = Of(new() { ["name"] = "author", ["content"] = "  " }, new() { ["name"] = "author" }, new() { ["name"] = "author", ["content"] = "Jane" });

        Assert.Equal("Jane", meta.First("author"));
    }
}
