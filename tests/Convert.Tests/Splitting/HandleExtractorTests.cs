using Convert.Core.Model;
using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class HandleExtractorTests
{
    [Fact]
    public void WhenBioHoldsHandleEmailAndUrl_ThenEachBecomesALink()
    {
        var links = HandleExtractor.Extract("Find her at @jane_doe, jane.doe@example.org or https://example.org/jane.");

        Assert.Equal(
            [
                new AuthorLink("web", "https://example.org/jane", "https://example.org/jane"),
                new AuthorLink("email", "jane.doe@example.org", "mailto:jane.doe@example.org"),
                new AuthorLink("x", "@jane_doe", "https://x.com/jane_doe"),
            ],
            links);
    }

    [Fact]
    public void WhenAddressStartsWithWww_ThenTheLinkGetsAScheme()
    {
        var link = Assert.Single(HandleExtractor.Extract("More at www.example.net."));

        Assert.Equal(new AuthorLink("web", "www.example.net", "https://www.example.net"), link);
    }

    [Fact]
    public void WhenBioHasNoContact_ThenThereAreNoLinks() =>
        Assert.Empty(HandleExtractor.Extract("He writes about rivers at 10 am each day."));

    [Theory]
    [InlineData("https://example.org/author/ann/", "web")]
    [InlineData("@ann_lee", "x")]
    [InlineData("ann@example.org", "email")]
    public void WhenALineIsOnlyALink_ThenItIsThatLink(string line, string kind) =>
        Assert.Equal(kind, HandleExtractor.AsLinkLine(line)?.Kind);

    [Theory]
    [InlineData("Find Ann at https://example.org/ann")]
    [InlineData("Ann Lee")]
    public void WhenALineHoldsMoreThanALink_ThenItIsNotALinkLine(string line) => Assert.Null(HandleExtractor.AsLinkLine(line));
}

