using Convert.Core.Model;
using Convert.Core.Cleaning;
using Convert.Core.Reading;
using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

public class IdempotenceAndSafetyTests
{
    public static TheoryData<string> Pages => new()
    {
        Blocks("Skip to content", "Home » News", Title, "By Jane Example | March 3, 2025", "5 min read", "Share\nFacebook\nTwitter",
            Body1, "Advertisement", Body2, "Print", Body3, "Tags: Ferries, Islands", "Share.", "Comments are closed.",
            "Mr Jane Q Example", "Research Officer", Bio, "Related Posts", "Island School Gets A New Roof", "Exit mobile version"),
        Blocks(Title, "Previous Article", "Old Story", Body1, "Next Post", "A Headline", Body2, "Leave a Reply", "Name *", Bio),
        Blocks("We use cookies on this site. Accept?", "Accept all", Title, Body1, "Read more: Another Story", Body2,
            "© 2025 Harbour Gazette. All rights reserved."),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void CleaningTheSurvivingTextAgainRemovesNothingMore(string page)
    {
        var first = Clean(page);
        var survivingText = string.Join("\n\n", first.Blocks.Select(b => string.Join("\n", b.Lines.Select(l => l.Text))));
        var second = Clean(survivingText);
        Assert.Empty(second.Removals);
        Assert.Equal(first.Kept(), second.Kept());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void BodyLikeParagraphsThatNoRuleMatchesAreNeverRemoved(string page)
    {
        var cleaned = Clean(page);
        foreach (var body in new[] { Body1, Body2 }.Where(page.Contains))
            Assert.Contains(body, cleaned.Kept());
    }

    [Fact]
    public void RulesThatWouldRemoveAlmostEverythingOfALongTextAreNotApplied()
    {
        var rules = RuleSet.Load("""{ "cleaning": { "add": [ { "id": "eat-all", "category": "x", "pattern": ".", "maxWords": 500 } ] } }""");
        var text = Blocks(Title, Body1, Body2, Body3, Bio, Body1, Body2, Body3);
        var blocks = ScrapedTextReader.Read(text);
        var cleaned = new RuleEngine(rules).Clean(blocks);
        Assert.Equal(blocks, cleaned.Blocks);
        Assert.Empty(cleaned.Removals);
        Assert.Equal(blocks.Count, cleaned.TailStart);
        Assert.Equal(["The clutter rules would have removed 8 lines, nearly all of the text, so nothing was removed."], cleaned.Warnings.Select(w => w.Message));
        Assert.Equal(WarningCodes.CleaningUndone, Assert.Single(cleaned.Warnings).Code);
    }

    [Fact]
    public void ShortTextMadeOnlyOfClutterIsRemovedEntirely()
    {
        var cleaned = Clean("Share", "Facebook", "Twitter");
        Assert.Empty(cleaned.Blocks);
        Assert.Equal(0, cleaned.TailStart);
    }
}
