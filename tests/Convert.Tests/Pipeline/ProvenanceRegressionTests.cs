using System.Text;
using Convert.Core;
using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Tests.Pipeline;

/// <summary>
/// Breakages of the time when the HTML reader disguised its blocks as numbered text lines: every one of these went
/// through the public pipeline and failed (a crash, output the schema rejects, a wrong source, text twice).
/// </summary>
public class ProvenanceRegressionTests
{
    private const string Paragraphs = """
        <p>The river that once fed the valley's orchards has shrunk to a trickle this summer, and the farmers are worried about the harvest.</p>
        <p>Officials from the water board met growers on Tuesday, promising a review of the allocation rules before the autumn.</p>
        <p>Growers said the review would come too late for this year's apples, and asked for emergency permits to draw from the reservoir.</p>
        """;

    private static Article Convert(string html) =>
        ConversionPipeline.Default.Convert(Encoding.UTF8.GetBytes(html), new ConversionOptions { SourcePath = "page.html" });

    [Fact]
    public void AnAuthorBoxEndingInAList_Converts()
    {
        var article = Convert($"""
            <html><head><title>The River Runs Dry</title></head><body><article>{Paragraphs}
            <div class="author-bio"><p>Jane Doe is a science writer who covers water.</p><ul><li>Jane Doe</li><li>Twitter</li><li>Email</li></ul></div>
            </article></body></html>
            """);

        Assert.Equal(3, article.Body.Count(b => b.PlainText.Contains("river", StringComparison.OrdinalIgnoreCase) || b.PlainText.Contains("review", StringComparison.Ordinal)));
        Assert.Contains(article.Authors, a => a.Name == "Jane Doe" && a.Bio.Any(p => p.StartsWith("Jane Doe is a science writer", StringComparison.Ordinal)));
    }

    [Fact]
    public void TextStraightUnderTheBody_HasASourcePathTheSchemaAccepts()
    {
        var article = Convert($"""
            <html><head><title>Loose Text</title></head><body>
            The first sentence of this page sits straight in the body element, with no paragraph around it at all, as old pages do.
            {Paragraphs}</body></html>
            """);

        Assert.All(article.Body, b => Assert.NotEqual("", b.Source.ElementPath));
        Assert.Empty(ArticleJsonSchema.Validate(JsonArticleWriter.ToJson(article)));
    }

    [Fact]
    public void RemovedListItems_PointAtTheirOwnItems()
    {
        var article = Convert($"""
            <html><head><title>The River Runs Dry</title></head><body><article>{Paragraphs}
            <ul><li>Share on Facebook</li><li>Share on X</li></ul>
            </article></body></html>
            """);

        var removals = article.Removals.Where(r => r.Text.StartsWith("Share on", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, removals.Count);
        Assert.EndsWith("li[1]", removals[0].Source.ElementPath, StringComparison.Ordinal);
        Assert.EndsWith("li[2]", removals[1].Source.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void ABlockCutInTwoByTheAuthorSplitter_IsNotPutInTheBodyTwice()
    {
        const string Inline = "Jane Doe<br>Thanks for reading our weekly letter on water and farming in the valley.";
        var article = Convert($"""
            <html><head><title>The River Runs Dry</title></head><body><article>{Paragraphs}
            <div class="author-bio"><p>{Inline}</p></div>
            </article></body></html>
            """);

        var words = string.Join("\n", article.Body.Select(b => b.PlainText)) + string.Join("\n", article.Authors.SelectMany(a => a.Bio));
        Assert.True(CountOf(words, "Thanks for reading") <= 1, words);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
