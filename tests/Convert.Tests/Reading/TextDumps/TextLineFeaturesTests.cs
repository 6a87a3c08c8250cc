using Convert.Core.Reading;
using Convert.Core.Reading.TextDumps;

namespace Convert.Tests.Reading.TextDumps;

/// <summary>The line classifier's features read what a page dump shows: menus, repeats, prose runs, footers.</summary>
public sealed class TextLineFeaturesTests
{
    private static readonly IReadOnlyList<string> Names = TextLineFeatures.Names;

    private static float Feature(float[] row, string name) => row[Names.ToList().IndexOf(name)];

    [Fact]
    public void EveryRowHasOneValuePerNamedFeature()
    {
        var rows = TextLineFeatures.Compute(ScrapedTextReader.Read(SmallDumps.Page()));

        Assert.All(rows, row => Assert.Equal(Names.Count, row.Length));
        Assert.Equal(Names.Count, Names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AMenuIsBulletedAndOutsideTheProseRunAndAParagraphIsInsideIt()
    {
        var blocks = ScrapedTextReader.Read(SmallDumps.Page());
        var rows = TextLineFeatures.Compute(blocks);
        var menu = blocks.ToList().FindIndex(b => b.Text.StartsWith("• Home", StringComparison.Ordinal));
        var paragraph = blocks.ToList().FindIndex(b => b.Text == SmallDumps.Paragraph);
        var footer = blocks.ToList().FindIndex(b => b.Text.StartsWith('©'));

        Assert.Equal(1, Feature(rows[menu], "bullet_share"));
        Assert.Equal(-1, Feature(rows[menu], "run_side"));
        Assert.Equal(0, Feature(rows[paragraph], "run_side"));
        Assert.Equal(1, Feature(rows[paragraph], "body_like"));
        Assert.Equal(1, Feature(rows[paragraph], "ends_sentence"));
        Assert.True(Feature(rows[paragraph], "stop_share") > 0.2);
        Assert.Equal(1, Feature(rows[footer], "run_side"));
        Assert.Equal(1, Feature(rows[footer], "has_copyright"));
        Assert.Equal(0, Feature(rows[footer], "prose_window_2"));
    }

    [Fact]
    public void RepeatsLinkMarksAndFormFieldsAreCounted()
    {
        var blocks = ScrapedTextReader.Read(SmallDumps.Page(identical: true)).ToList();
        var rows = TextLineFeatures.Compute(blocks);

        Assert.Equal(MathF.Log(4), Feature(rows[blocks.FindIndex(b => b.Text == SmallDumps.Paragraph)], "repeats"), 5);
        Assert.Equal(0, Feature(rows[blocks.FindIndex(b => b.Text.StartsWith("What the Lighthouse", StringComparison.Ordinal))], "repeats"));
        Assert.Equal(2, Feature(rows[blocks.FindIndex(b => b.Text == "Home » Coast » History")], "link_marks"));
        Assert.Equal(2, Feature(rows[blocks.FindIndex(b => b.Text == "[Search]")], "brackets"));
        Assert.Equal(3, Feature(rows[blocks.FindIndex(b => b.Text == "About | Contact | Privacy | Terms")], "separators"));
    }

    [Fact]
    public void FeaturesAreTheSameOnEveryRun()
    {
        var blocks = ScrapedTextReader.Read(SmallDumps.Page());

        Assert.Equal(TextLineFeatures.Compute(blocks), TextLineFeatures.Compute(blocks));
    }
}
