using Convert.Core.Reading;
using Convert.Core.Reading.TextDumps;

namespace Convert.Tests.Reading.TextDumps;

/// <summary>The second stage reads the first stage's scores around a block and the nesting of a dump's bullets.</summary>
public sealed class TextLineContextFeaturesTests
{
    private static readonly List<string> Names = [.. TextLineContextFeatures.Names];

    private static float Feature(float[] row, string name) => row[Names.IndexOf(name)];

    private static float[][] Rows(double[] scores, out IReadOnlyList<Convert.Core.Model.SourceBlock> blocks)
    {
        blocks = ScrapedTextReader.Read(string.Join("\n\n", scores.Select((_, i) => i % 2 == 0 ? SmallDumps.Paragraph : "• Menu entry " + i)));
        var profiles = blocks.Select(BlockProfile.Of).ToArray();
        return TextLineContextFeatures.Compute(scores, blocks, profiles);
    }

    [Fact]
    public void EveryRowHasOneValuePerNamedFeature()
    {
        var rows = Rows([0.9, 0.1, 0.8, 0.2, 0.7], out var blocks);

        Assert.Equal(blocks.Count, rows.Length);
        Assert.All(rows, row => Assert.Equal(Names.Count, row.Length));
        Assert.Equal(Names.Count, Names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ABlockSeesItsNeighboursScoresAndNothingPastTheEdges()
    {
        var rows = Rows([0.9, 0.1, 0.8, 0.2, 0.7], out _);

        Assert.Equal(0.1f, Feature(rows[2], "p_prev1"), 5);
        Assert.Equal(0.9f, Feature(rows[2], "p_prev2"), 5);
        Assert.Equal(0.2f, Feature(rows[2], "p_next1"), 5);
        Assert.True(float.IsNaN(Feature(rows[0], "p_prev1")));
        Assert.True(float.IsNaN(Feature(rows[4], "p_next1")));
        Assert.Equal(0.9f, Feature(rows[1], "p_max_before"), 5);
        Assert.Equal(0.9f, Feature(rows[4], "p_page_max"), 5);
    }

    [Fact]
    public void TheArticleWordsBeforeAndAfterABlockAreShares()
    {
        var rows = Rows([0.9, 0.1, 0.8, 0.2, 0.7], out _);

        // Three likely paragraphs of equal length: a third of the likely words stand before the middle one.
        Assert.Equal(1 / 3f, Feature(rows[2], "likely_words_before_share"), 4);
        Assert.Equal(1 / 3f, Feature(rows[2], "likely_words_after_share"), 4);
        Assert.Equal(0, Feature(rows[0], "likely_words_before_share"));
        Assert.Equal(0, Feature(rows[1], "log_run_words"));
    }

    [Fact]
    public void AControlsWordingIsAChromePhraseInAnyCaseAndBullet()
    {
        var blocks = ScrapedTextReader.Read("□ Skip to Main Content\n\nAjouter au panier\n\n" + SmallDumps.Paragraph);
        var rows = TextLineContextFeatures.Compute([0.5, 0.5, 0.9], blocks, blocks.Select(BlockProfile.Of).ToArray());

        Assert.Equal(1, Feature(rows[0], "chrome_phrase"));
        Assert.Equal(1, Feature(rows[1], "chrome_phrase"));
        Assert.Equal(0, Feature(rows[2], "chrome_phrase"));
        Assert.Equal(2 / 3f, Feature(rows[2], "chrome_window_5"), 4);
    }

    [Theory]
    [InlineData("• Home", 1)]
    [InlineData("◦ Local news", 2)]
    [InlineData("□ Weather maps", 3)]
    [InlineData("☆ Tide tables", 4)]
    [InlineData("Plain line", 0)]
    [InlineData("•Home", 0)]
    public void ABulletsGlyphTellsHowDeepItsListIsNested(string line, float depth)
    {
        Assert.Equal(depth, TextLineContextFeatures.BulletDepth(line));
    }
}
