using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Tests.Writing;

public class LinkedTextTests
{
    private static readonly AuthorLink Handle = new("x", "@ann", "https://x.com/ann");
    private static readonly AuthorLink LongerHandle = new("x", "@ann_lee", "https://x.com/ann_lee");
    private static readonly AuthorLink Email = new("email", "ann@example.org", "mailto:ann@example.org");

    [Fact]
    public void LabelsOfKnownLinksBecomeLinkRuns()
    {
        var runs = LinkedText.Runs("Find her at @ann or ann@example.org.", [Email, Handle]);

        Assert.Equal(
            [Run.Plain("Find her at "), new Run("@ann", LinkUrl: "https://x.com/ann"), Run.Plain(" or "),
             new Run("ann@example.org", LinkUrl: "mailto:ann@example.org"), Run.Plain(".")],
            runs);
    }

    [Fact]
    public void AtTheSamePlaceTheLongerLabelWins() =>
        Assert.Equal(
            [Run.Plain("Follow "), new Run("@ann_lee", LinkUrl: "https://x.com/ann_lee")],
            LinkedText.Runs("Follow @ann_lee", [Handle, LongerHandle]));

    [Fact]
    public void TextWithoutLinksIsOnePlainRun() =>
        Assert.Equal([Run.Plain("No links here.")], LinkedText.Runs("No links here.", [Handle]));
}
