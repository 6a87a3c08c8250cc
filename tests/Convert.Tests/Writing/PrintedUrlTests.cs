using Convert.Core.Writing;

namespace Convert.Tests.Writing;

public class PrintedUrlTests
{
    [Theory]
    [InlineData("https://example.org/a?utm_source=x&utm_medium=mail", "https://example.org/a")]
    [InlineData("https://example.org/a?id=7&utm_campaign=spring&fbclid=abc#part", "https://example.org/a?id=7#part")]
    [InlineData("https://example.org/a?UTM_Source=x&page=2", "https://example.org/a?page=2")]
    [InlineData("https://example.org/a?page=2&sort=new", "https://example.org/a?page=2&sort=new")]
    [InlineData("https://example.org/search?q=utm_source", "https://example.org/search?q=utm_source")]
    [InlineData("mailto:desk@example.org?utm_source=x", "mailto:desk@example.org?utm_source=x")]
    public void WithoutTracking_DropsOnlyTrackingParameters(string url, string expected) =>
        Assert.Equal(expected, PrintedUrl.WithoutTracking(url));

    [Theory]
    [InlineData("mailto:desk@example.org", "desk@example.org")]
    [InlineData("MAILTO:desk@example.org?subject=Tides", "desk@example.org")]
    [InlineData("mailto:jo%20ann@example.org", "jo ann@example.org")]
    [InlineData("https://example.org/a", "https://example.org/a")]
    public void Display_PrintsAnEmailLinkAsItsAddress(string url, string expected) =>
        Assert.Equal(expected, PrintedUrl.Display(url));
}
