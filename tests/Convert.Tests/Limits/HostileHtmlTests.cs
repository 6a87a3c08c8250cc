using Convert.Tests.Html;

namespace Convert.Tests.Limits;

/// <summary>Broken page metadata costs that piece of metadata, never the conversion.</summary>
public sealed class HostileHtmlMetadataTests
{
    private static readonly string Body = string.Concat(Enumerable.Range(1, 5).Select(i =>
        $"<p>Paragraph {i} of the body, with a few words in it, and a comma.</p>"));

    [Fact]
    public void LoneSurrogateInJsonLdLosesOnlyThatValue()
    {
        var article = HtmlRead.Article(HtmlRead.Page($"<article>{Body}</article>",
            head: """<script type="application/ld+json">{"@type":"NewsArticle","headline":"x\ud800","author":{"name":"Ann Lee"}}</script>"""));

        Assert.Equal(5, article.Body.Count);
        Assert.Equal("Ann Lee", Assert.Single(article.Authors).Name);
    }

    [Fact]
    public void Utf7DeclarationIsTreatedAsUndeclaredWithAWarning()
    {
        var article = HtmlRead.Article(HtmlRead.Utf8(HtmlRead.Page($"<article>{Body}</article>", head: "<meta charset=\"utf-7\">")));

        Assert.Equal(5, article.Body.Count);
        Assert.Contains(article.Warnings, w => w.Code == Convert.Core.Model.WarningCodes.UnsupportedCharset && w.Message.Contains("\"utf-7\", which is not supported", StringComparison.Ordinal));
    }
}
