using Convert.Core.Learning;
using Convert.Training.Boosting;
using Convert.Training.Evaluation;

namespace Convert.Tests.Learning;

/// <summary>The training tool learns what the data says, the same way every time, and folds keep sites apart.</summary>
public sealed class TrainerTests
{
    // Positive when x0 > 0.3 and x1 < 0.6, or when x2 is missing: an interaction and a NaN path a single split cannot fit.
    private static TrainingSet Data(int rows, int seed)
    {
        var random = new Random(seed);
        var set = new TrainingSet(["x0", "x1", "x2"]);
        for (var i = 0; i < rows; i++)
        {
            var x = new[] { (float)random.NextDouble(), (float)random.NextDouble(), random.NextDouble() < 0.2 ? float.NaN : (float)random.NextDouble() };
            var label = (x[0] > 0.3f && x[1] < 0.6f) || float.IsNaN(x[2]);
            set.Add(x, label, group: "site" + (i % 40));
        }
        return set;
    }

    private static readonly BoostingOptions Quick = new() { Rounds = 60, MaxDepth = 4, MinLeafSamples = 5, LearningRate = 0.3 };

    [Fact]
    public void ALearnedModelSeparatesUnseenRows()
    {
        var model = GradientBoostingTrainer.Train(Data(3000, seed: 1), Quick, "toy", 0.5, out var gain);
        var test = Data(1000, seed: 2);

        var right = Enumerable.Range(0, test.Count).Count(i => model.IsPositive(test.Rows[i]) == test.Labels[i]);

        Assert.True(right >= 970, $"{right} of 1000 right");
        Assert.True(gain[0] > 0 && gain[1] > 0 && gain[2] > 0);
    }

    [Fact]
    public void TheSameDataAndSeedGiveTheSameModelFile()
    {
        static byte[] Bytes(BoostedTreesModel model)
        {
            using var buffer = new MemoryStream();
            model.Write(buffer);
            return buffer.ToArray();
        }

        var first = Bytes(GradientBoostingTrainer.Train(Data(2000, seed: 3), Quick, "toy"));
        var second = Bytes(GradientBoostingTrainer.Train(Data(2000, seed: 3), Quick, "toy"));
        var otherSeed = Bytes(GradientBoostingTrainer.Train(Data(2000, seed: 3), Quick with { Seed = 5 }, "toy"));

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void WeightsDecideBetweenConflictingRows()
    {
        var set = new TrainingSet(["x"]);
        for (var i = 0; i < 100; i++)
        {
            set.Add([1f], label: true, group: "a", weight: 5);
            set.Add([1f], label: false, group: "b", weight: 1);
        }

        var model = GradientBoostingTrainer.Train(set, Quick with { RowSampling = 1 }, "weights");

        Assert.Equal(5.0 / 6, model.Probability([1f]), 2);
    }

    [Fact]
    public void FoldsNeverSplitASiteAndStayEven()
    {
        var groups = Enumerable.Range(0, 1000).Select(i => "site" + (i * 7 % 130)).ToList();

        var folds = SiteFolds.Assign(groups, folds: 5, seed: 17);

        foreach (var site in groups.Distinct())
            Assert.Single(folds.Where((_, i) => groups[i] == site).Distinct());
        var sizes = Enumerable.Range(0, 5).Select(f => folds.Count(fold => fold == f)).ToList();
        Assert.True(sizes.Max() - sizes.Min() <= 10, string.Join(",", sizes));
        Assert.Equal(folds, SiteFolds.Assign(groups, folds: 5, seed: 17));
    }

    [Fact]
    public void WordScoresFollowTheBenchmarkMetric()
    {
        var (precision, recall, f1) = WordF1.Score("The cat sat. Menu", "the cat sat on the mat");

        Assert.Equal(3.0 / 4, precision, 12);
        Assert.Equal(3.0 / 6, recall, 12);
        Assert.Equal(0.6, f1, 12);
        Assert.Equal((1, 1, 1), WordF1.Score("", ""));
        Assert.Equal((0, 0, 0), WordF1.Score("", "words"));

        var bag = WordF1.Bag("one two two");
        Assert.Equal(1.0, WordF1.CoveredFraction("two one", bag));
        Assert.Equal(0.5, WordF1.CoveredFraction("two one", bag));
        Assert.Equal("example.org", WcxbCorpus.SiteOf("https://www.Example.org/a/b"));
    }
}
