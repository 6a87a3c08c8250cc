using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class CommentRulesTests
{
    [Theory]
    [InlineData("Comments are closed.", "comments-closed")]
    [InlineData("Kommentare sind geschlossen.", "comments-closed")]
    [InlineData("Les commentaires sont fermés.", "comments-closed")]
    [InlineData("Schreibe einen Kommentar", "comment-reply-heading")]
    [InlineData("Laisser un commentaire Annuler la réponse", "comment-reply-heading")]
    [InlineData("Deja un comentario", "comment-reply-heading")]
    [InlineData("Leave a Reply", "comment-reply-heading")]
    [InlineData("Leave a Reply Cancel reply", "comment-reply-heading")]
    [InlineData("Leave a comment", "comment-reply-heading")]
    [InlineData("Your email address will not be published.", "comment-form")]
    [InlineData("Required fields are marked *", "comment-form")]
    [InlineData("You must be logged in to post a comment.", "comment-form")]
    [InlineData("Save my name, email, and website in this browser for the next time I comment.", "comment-form")]
    [InlineData("Post Comment", "comment-form")]
    [InlineData("12 Comments", "comment-count")]
    [InlineData("One response to “Harbour Town Votes On New Ferry Plan”", "comment-count")]
    [InlineData("Please enter your comment!", "comment-form")]
    [InlineData("You have entered an incorrect email address!", "comment-form")]
    [InlineData("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "akismet-notice")]
    public void CommentNoticesAreRemovedAndEndTheBody(string line, string ruleId)
    {
        var cleaned = Clean(Body1, Body2, line, Bio);
        Assert.Equal([Body1, Body2, Bio], cleaned.Kept());
        Assert.Equal([$"{ruleId}: {line}"], cleaned.Removed());
        Assert.Equal([Bio], cleaned.Tail());
    }

    [Fact]
    public void CommentFormWordsNextToTheFormAreRemovedToo()
    {
        var cleaned = Clean(Blocks(Body1, Body2) + "\n\nLeave a Reply\nComment\nName *\nEmail *\nWebsite\nPost Comment");
        Assert.Equal([Body1, Body2], cleaned.Kept());
        Assert.Equal(6, cleaned.Removals.Count);
        Assert.All(cleaned.Removals, r => Assert.Equal("comments", r.Category));
    }

    [Fact]
    public void CommentNoticeWordsInsideASentenceStay()
    {
        const string sentence = "The mayor said comments are closed for now, but residents can write to the council until the end of March.";
        var cleaned = Clean(Body1, sentence, Body2);
        Assert.Equal([Body1, sentence, Body2], cleaned.Kept());
        Assert.Equal(3, cleaned.TailStart);
    }

    [Fact]
    public void LonelyWebsiteWordBetweenParagraphsStays()
    {
        var cleaned = Clean(Body1, "Website", Body2);
        Assert.Equal([Body1, "Website", Body2], cleaned.Kept());
    }
}
