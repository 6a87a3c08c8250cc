using System.Text;
using Convert.Core.Learning;

namespace Convert.Tests.Learning;

/// <summary>A model file is read exactly as written, and a broken one is a clear error, never a wrong answer.</summary>
public sealed class ModelFileTests
{
    // x0 <= 0.5 ? (x1 <= 2 ? -1 : 0.5) : 2
    private static BoostedTreesModel Small() => new(
        "small",
        ["x0", "x1"],
        baseScore: 0.25,
        threshold: 0.6,
        [new RegressionTree([0, 1, -1, -1, -1], [0.5f, 2f, 0, 0, 0], [1, 2, -1, -1, -1], [4, 3, -1, -1, -1], [0, 0, -1, 0.5, 2])]);

    [Fact]
    public void TreesFollowTheirSplitsAndNanGoesLeft()
    {
        var model = Small();

        Assert.Equal(0.25 - 1, model.Margin([0.5f, 2f]), 12);
        Assert.Equal(0.25 + 0.5, model.Margin([0.1f, 2.5f]), 12);
        Assert.Equal(0.25 + 2, model.Margin([0.6f, 0f]), 12);
        Assert.Equal(0.25 - 1, model.Margin([float.NaN, float.NaN]), 12);
        Assert.Equal(1 / (1 + Math.Exp(-2.25)), model.Probability([0.6f, 0f]), 12);
        Assert.True(model.IsPositive([0.6f, 0f]));
        Assert.False(model.IsPositive([0f, 0f]));
    }

    [Fact]
    public void AWrittenModelReadsBackWithTheSamePredictions()
    {
        var model = Small();
        using var buffer = new MemoryStream();
        model.Write(buffer, new System.Text.Json.Nodes.JsonObject { ["seed"] = 17 });

        var read = BoostedTreesModel.Parse(buffer.ToArray(), "small.json");

        Assert.Equal(model.FeatureNames, read.FeatureNames);
        Assert.Equal(model.Threshold, read.Threshold);
        foreach (var row in new[] { new[] { 0.5f, 2f }, [0.1f, 2.5f], [0.6f, 0f], [0.50000006f, 1.9999999f] })
            Assert.Equal(model.Margin(row), read.Margin(row));
        Assert.Contains("\"seed\": 17", Encoding.UTF8.GetString(buffer.ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{\"format\":\"something-else\"}", "not a declutter-boosted-trees file")]
    [InlineData("{\"format\":\"declutter-boosted-trees\",\"version\":9}", "format version 9")]
    [InlineData("{\"format\":\"declutter-boosted-trees\",\"version\":1,\"name\":\"m\",\"features\":[\"a\"],\"baseScore\":0,\"threshold\":0.5}", "no 'trees'")]
    [InlineData("{\"format\":\"declutter-boosted-trees\",\"version\":1,\"name\":\"m\",\"features\":[\"a\"],\"baseScore\":0,\"threshold\":0.5,\"trees\":[{\"feature\":[0],\"threshold\":[1],\"left\":[0],\"right\":[0],\"value\":[0]}]}", "outside the tree")]
    [InlineData("{\"format\":\"declutter-boosted-trees\",\"version\":1,\"name\":\"m\",\"features\":[\"a\"],\"baseScore\":0,\"threshold\":0.5,\"trees\":[{\"feature\":[3,-1,-1],\"threshold\":[1,0,0],\"left\":[1,-1,-1],\"right\":[2,-1,-1],\"value\":[0,1,2]}]}", "splits on feature 3")]
    [InlineData("{\"format\":\"declutter-boosted-trees\",\"version\":1,\"name\":\"m\",\"features\":[\"a\"],\"baseScore\":0,\"threshold\":0.5,\"trees\":[{\"feature\":[-1],\"threshold\":[0,1],\"left\":[-1],\"right\":[-1],\"value\":[0]}]}", "differ in length")]
    [InlineData("{\"format\":\"declutter-boosted-trees\",\"version\":1,\"name\":\"m\",\"features\":[\"a\"],\"baseScore\":0,\"threshold\":0.5,\"trees\":[{\"feature\":[-1],\"threshold\":[0],\"left\":[-1],\"right\":[-1],\"value\":[\"x\"]}]}", "malformed")]
    public void AMalformedFileIsAClearErrorNamingItsSource(string json, string reason)
    {
        var error = Assert.Throws<ModelFormatException>(() => BoostedTreesModel.Parse(Encoding.UTF8.GetBytes(json), "blocks.model.json"));

        Assert.Contains("blocks.model.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AModelForOtherFeaturesIsRefused()
    {
        var model = Small();

        model.RequireFeatures(["x0", "x1"]);
        Assert.Contains("missing x2", Assert.Throws<ModelFormatException>(() => model.RequireFeatures(["x0", "x1", "x2"])).Message, StringComparison.Ordinal);
        Assert.Contains("another order", Assert.Throws<ModelFormatException>(() => model.RequireFeatures(["x1", "x0"])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => model.Margin([1f]));
    }

    [Fact]
    public void AMissingEmbeddedModelIsAClearError()
    {
        var error = Assert.Throws<ModelFormatException>(() => BoostedTreesModel.LoadEmbedded("Convert.Core.Nothing.model.json"));

        Assert.Contains("Convert.Core.Nothing.model.json", error.Message, StringComparison.Ordinal);
    }
}
