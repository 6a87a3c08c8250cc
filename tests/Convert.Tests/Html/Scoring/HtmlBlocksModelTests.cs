using System.Text;
using Convert.Core.Html.Scoring;
using Convert.Core.Learning;

namespace Convert.Tests.Html.Scoring;

public class HtmlBlocksModelTests
{
    private static BoostedTreesModel ModelFor(IReadOnlyList<string> features) =>
        new("html-blocks", features, baseScore: 0, threshold: 0.5, trees: []);

    [Fact]
    public void TheShippedModelLoadsAndTakesTheseFeatures()
    {
        var model = HtmlBlocksModel.Shared;

        Assert.Equal(BlockFeatures.Names, model.FeatureNames);
        Assert.InRange(model.Threshold, 0.05, 0.95);
    }

    [Fact]
    public void AModelForOtherFeaturesIsRefusedByName()
    {
        var names = BlockFeatures.Names.Take(BlockFeatures.Names.Count - 1).Append("renamed_feature").ToList();

        var error = Assert.Throws<ModelFormatException>(() => HtmlBlocksModel.Checked(ModelFor(names)));

        Assert.Contains("renamed_feature", error.Message, StringComparison.Ordinal);
        Assert.Contains(BlockFeatures.Names[^1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeaturesInAnotherOrderAreRefused()
    {
        var names = BlockFeatures.Names.Reverse().ToList();

        var error = Assert.Throws<ModelFormatException>(() => HtmlBlocksModel.Checked(ModelFor(names)));

        Assert.Contains("order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingResourceIsAModelFormatErrorNamingIt()
    {
        var error = Assert.Throws<ModelFormatException>(() => BoostedTreesModel.LoadEmbedded("Convert.Core.Html.Scoring.absent.model.json"));

        Assert.Contains("absent.model.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"format\":\"declutter-boosted-trees\"")]
    [InlineData("{\"format\":\"something-else\",\"version\":1}")]
    public void AMalformedFileIsAModelFormatErrorNamingTheSource(string json)
    {
        var error = Assert.Throws<ModelFormatException>(() => BoostedTreesModel.Parse(Encoding.UTF8.GetBytes(json), "html-blocks.model.json"));

        Assert.Contains("html-blocks.model.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedModelGivesTheSameProbabilitiesEveryTime()
    {
        var html = File.ReadAllText(Path.Combine(Fixtures.FixtureFiles.Root, "fixtures", "html", "hashed-css-classes-news.html"));
        var model = HtmlBlocksModel.Shared;

        var first = CandidateBlocks.Collect(Convert.Core.Html.HtmlPageAnalysis.Of(html, Convert.Core.Html.ClassMarkers.BuiltIn))
            .Select(c => model.Probability(c.Features)).ToList();
        var second = CandidateBlocks.Collect(Convert.Core.Html.HtmlPageAnalysis.Of(html, Convert.Core.Html.ClassMarkers.BuiltIn))
            .Select(c => model.Probability(c.Features)).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }
}
