using Convert.Core;
using Convert.Core.Cleaning;
using Convert.Core.Model;
using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

/// <summary>
/// The comment thread after an article is removed whole, wherever it starts and in every language the rules cover;
/// position decides: a counter under the headline or a quote in the body never cuts the article.
/// </summary>
public class CommentThreadTests
{
    private const string CommentText = "Thanks for this report, I take that ferry every week and had no idea the vote was so close this time.";
    private const string OtherComment = "Two smaller boats sound sensible to me, as long as the winter timetable does not get any thinner.";

    private static Article Convert(params string[] blocks) =>
        ConversionPipeline.Default.ConvertText(Blocks(blocks), new ConversionOptions());

    private static string[] BodyTexts(Article article) => article.Body.Select(b => b.PlainText).ToArray();

    private static string[] CommentRemovals(Article article) =>
        article.Removals.Where(r => r.Category == "comments").Select(r => r.Text).ToArray();

    [Theory]
    [InlineData("Jens Hoffmann sagt:\n4. März 2025 um 11:47 Uhr", "Antworten")]
    [InlineData("Sophie Lambert dit :\n12 mars 2025 à 14 h 05", "Répondre")]
    [InlineData("Carlos Pérez dice:\n5 de marzo de 2025 a las 18:20", "Responder")]
    [InlineData("Giulia Rossi dice:\n9 marzo 2025 alle 12:30", "Rispondi")]
    [InlineData("Maria Silva disse:\n10 de março de 2025 às 14:22", "Responder")]
    [InlineData("Jan de Vries zegt:\n11 maart 2025 om 10:05", "Beantwoorden")]
    [InlineData("Tom Buckley says:\nMarch 3, 2025 at 11:40 am", "Reply")]
    [InlineData("Tom Buckley says: March 3, 2025 at 11:40 am", "Reply")]
    [InlineData("Tom Buckley — 03/03/2025 at 11:40", "Reply")]
    [InlineData("Tom Buckley • 2 years ago", "Reply")]
    public void ACommentAfterTheBodyIsRemovedWithItsHeaderInEveryLanguage(string header, string reply)
    {
        var article = Convert(Title, Body1, Body2, Body3, header, CommentText, reply, header, OtherComment, reply);

        Assert.Equal([Body1, Body2, Body3], BodyTexts(article));
        Assert.Contains(CommentText, CommentRemovals(article));
        Assert.Contains(OtherComment, CommentRemovals(article));
        Assert.Contains(reply, CommentRemovals(article));
        Assert.Empty(article.Authors);
    }

    [Theory]
    [InlineData("12 Comments")]
    [InlineData("3 Kommentare")]
    [InlineData("Un commentaire")]
    [InlineData("5 commentaires")]
    [InlineData("3 comentarios")]
    [InlineData("2 commenti")]
    [InlineData("4 comentários")]
    [InlineData("7 reacties")]
    [InlineData("Comments (2)")]
    public void ACommentCountOpensTheThreadEvenWhenTheCommentsHaveNoHeader(string count)
    {
        var article = Convert(Title, Body1, Body2, Body3, count, "Maria", CommentText);

        Assert.Equal([Body1, Body2, Body3], BodyTexts(article));
        Assert.Equal([count, "Maria", CommentText], CommentRemovals(article));
    }

    [Fact]
    public void AnAuthorBlockBeforeTheThreadStaysAnAuthorAndNoCommenterBecomesOne()
    {
        var article = Convert(Title, Body1, Body2, "About the author", Bio, "2 Comments",
            "John Roe says:\nMarch 3, 2025 at 9:12 am", CommentText, "Reply",
            "Mary Major says:\nMarch 4, 2025 at 10:00 am", OtherComment, "Reply");

        Assert.Equal([Body1, Body2], BodyTexts(article));
        var author = Assert.Single(article.Authors);
        Assert.Equal("Jane Example", author.Name);
        Assert.Equal([Bio], author.Bio);
        Assert.DoesNotContain(article.Warnings, w => w.Code == WarningCodes.KeptInBody);
    }

    [Fact]
    public void TheThreeLineFormClosedByTheLoginNoticeIsRemoved()
    {
        var article = Convert(Title, Body1, Body2,
            "Sophie Lambert\n12 March 2025, 14:05\n" + CommentText,
            "Marc Dubreuil\n12 March 2025, 18:40\n" + OtherComment,
            "You must be logged in to post a comment.");

        Assert.Equal([Body1, Body2], BodyTexts(article));
        Assert.Contains("Sophie Lambert", CommentRemovals(article));
        Assert.Contains(OtherComment, CommentRemovals(article));
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void AQuoteThatSaysSomethingInTheBodyStays()
    {
        const string quote = "The harbour master says:";
        const string said = "We will run the old ferry until the last day of March, whatever the weather.";
        var article = Convert(Title, Body1, quote, said, Body2, Body3);

        Assert.Equal([Body1, quote, said, Body2, Body3], BodyTexts(article));
        Assert.DoesNotContain(article.Removals, r => r.Category == "comments");
    }

    [Fact]
    public void ACommentCounterUnderTheHeadlineDoesNotCutTheArticle()
    {
        const string standfirst = "The town chose two smaller boats over one large ferry after a year of argument, and the islanders are not pleased.";
        var article = Convert(Title, standfirst, "3 Comments", Body1, Body2, Body3);

        Assert.Contains(Body3, BodyTexts(article));
        Assert.Contains(Body1, BodyTexts(article));
    }

    [Theory]
    [InlineData("By Jane Doe | March 3, 2025 at 10:14 am")]
    [InlineData("Jane Doe — March 3, 2025 at 10:14 am")]
    public void ABylineShapedLikeACommentHeaderAboveTheBodyStaysABylineOrDate(string byline)
    {
        var article = Convert(Title, byline, Body1, Body2, Body3);

        Assert.Equal([Body1, Body2, Body3], BodyTexts(article)[^3..]);
        Assert.DoesNotContain(article.Removals, r => r.Category == "comments");
    }

    [Fact]
    public void ANameOverADateInTheBodyAloneIsNotAThread()
    {
        var article = Convert(Title, Body1, Body2, "Opening ceremony\n14 June 2025, 10:00", Body3);

        Assert.Equal([Body1, Body2, "Opening ceremony", "14 June 2025, 10:00", Body3], BodyTexts(article));
        Assert.DoesNotContain(article.Removals, r => r.Category == "comments");
    }

    [Fact]
    public void TurningTheHeaderRuleOffLeavesTheHeadersAlone()
    {
        var rules = RuleSet.Load("""{"cleaning": {"disable": ["comment-header"]}}""");
        var article = new ConversionPipeline(rules).ConvertText(
            Blocks(Title, Body1, Body2, "Tom Buckley says:\nMarch 3, 2025 at 11:40 am", CommentText), new ConversionOptions());

        Assert.DoesNotContain(article.Removals, r => r.Category == "comments");
    }

    [Fact]
    public void RulesMarkedOpensThreadAreListed()
    {
        var openers = RuleSet.BuiltIn.Rules.Where(r => r.OpensThread).Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["comment-count", "comment-header", "comment-reply-heading"], openers);
    }
}
