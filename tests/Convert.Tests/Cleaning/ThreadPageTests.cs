using Convert.Core;
using Convert.Core.Reading;

namespace Convert.Tests.Cleaning;

/// <summary>
/// In a whole-page dump the page may be a forum thread: posts that outweigh what stands before them are the page's
/// content. In scraped article text the same shape is a comment thread and goes.
/// </summary>
public sealed class ThreadPageTests
{
    private const string Opening =
        "Has anyone managed to grow tomatoes on a north-facing balcony? Mine get about three hours of sun a day and the plants stay small.";

    private static string Forum()
    {
        var posts = Enumerable.Range(1, 4).Select(i =>
            $"Gardener{i} says:\nMarch {i + 2}, 2025 at 10:1{i} am\n" +
            "I grew cherry tomatoes in large pots on a shaded balcony for two summers, and the trick was a reflective wall " +
            "behind them, feeding every week, and choosing a variety bred for cooler and darker spots.\nReply");
        return "Tomatoes on a shaded balcony\n\n" + Opening + "\n\n" + string.Join("\n\n", posts) + "\n";
    }

    /// <summary>The extracted text: the standfirst, if any, and the body blocks.</summary>
    private static List<string> Body(bool fromPageDump)
    {
        var document = new SourceDocument(ScrapedTextReader.Read(Forum())) { FromPageDump = fromPageDump };
        var article = ConversionPipeline.Default.Convert(document, new ConversionOptions());
        // The opening post may be read as the standfirst: it is extracted text either way.
        return [.. new[] { article.Subtitle }.OfType<string>(), .. article.Body.Select(b => b.PlainText)];
    }

    [Fact]
    public void AForumPageInADumpKeepsItsPosts()
    {
        var body = Body(fromPageDump: true);

        Assert.Contains(Opening, body);
        Assert.Contains(body, text => text.StartsWith("I grew cherry tomatoes", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameShapeInScrapedArticleTextIsACommentThread()
    {
        var body = Body(fromPageDump: false);

        Assert.Contains(Opening, body);
        Assert.DoesNotContain(body, text => text.StartsWith("I grew cherry tomatoes", StringComparison.Ordinal));
    }
}
