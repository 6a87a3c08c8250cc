using Convert.Core.Learning;
using Convert.Tests.Fixtures;

namespace Convert.Tests.Learning;

/// <summary>
/// The product reads its models in binary form; the JSON beside each is the reviewed source. Each shipped .bin must
/// be exactly the binary form of its JSON (<c>DECLUTTER_ACCEPT=1</c> rewrites it), and must read back as the same model.
/// </summary>
public sealed class ShippedModelBinaryTests
{
    private static readonly string ModelRoot = Path.Combine(FixtureFiles.Root, "src", "Convert.Core");

    public static TheoryData<string> ShippedModels()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(ModelRoot, "*.json", SearchOption.AllDirectories)
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Where(IsModelFile)
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(ModelRoot, path).Replace('\\', '/'));
        }
        return data;
    }

    [Fact]
    public void EveryShippedModelIsFound()
    {
        // The HTML block scorer, the text-line classifier's two stages and the seven page types.
        Assert.Equal(10, ShippedModels().Count);
    }

    [Theory]
    [MemberData(nameof(ShippedModels))]
    public void TheBinaryIsTheJsonModel(string relativePath)
    {
        var jsonPath = Path.Combine(ModelRoot, relativePath);
        var fromJson = BoostedTreesModel.Parse(File.ReadAllBytes(jsonPath), relativePath);
        var expected = ModelBinary.ToBytes(fromJson);
        var binPath = ModelBinary.PathBeside(jsonPath);
        if (Environment.GetEnvironmentVariable("DECLUTTER_ACCEPT") is "1" or "true")
            File.WriteAllBytes(binPath, expected);

        Assert.True(File.Exists(binPath), $"{Path.GetFileName(binPath)} is missing; run the tests with DECLUTTER_ACCEPT=1");
        Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(binPath)),
            $"{Path.GetFileName(binPath)} is not the binary form of {Path.GetFileName(jsonPath)}; run the tests with DECLUTTER_ACCEPT=1");
        AssertSameModel(fromJson, ModelBinary.Read(File.ReadAllBytes(binPath), relativePath));
    }

    [Fact]
    public void ARoundTripKeepsEveryBitOfTheTrees()
    {
        var model = new BoostedTreesModel("m", ["a", "b"], -0.125, 0.45,
            [new RegressionTree([1, -1, -1], [0.1f, float.NaN, 0], [1, -1, -1], [2, -1, -1], [0, -1.5e-7, 3.25])]);

        AssertSameModel(model, ModelBinary.Read(ModelBinary.ToBytes(model), "m.bin"));
    }

    [Theory]
    [InlineData(0, "not a binary declutter model")]
    [InlineData(8, "cut short")]
    [InlineData(40, "cut short")]
    public void ATruncatedOrForeignFileIsAClearError(int keep, string reason)
    {
        var bytes = ModelBinary.ToBytes(new BoostedTreesModel("m", ["a"], 0, 0.5,
            [new RegressionTree([-1], [0], [-1], [-1], [1])]));
        var cut = keep == 0 ? "{\"format\":1}"u8.ToArray() : bytes[..keep];

        var error = Assert.Throws<ModelFormatException>(() => ModelBinary.Read(cut, "m.bin"));

        Assert.Contains("m.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesAfterTheLastTreeAreRefused()
    {
        var bytes = ModelBinary.ToBytes(new BoostedTreesModel("m", ["a"], 0, 0.5, [new RegressionTree([-1], [0], [-1], [-1], [1])]));

        var error = Assert.Throws<ModelFormatException>(() => ModelBinary.Read([.. bytes, 0], "m.bin"));

        Assert.Contains("after its last tree", error.Message, StringComparison.Ordinal);
    }

    private static bool IsModelFile(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[64];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return System.Text.Encoding.UTF8.GetString(head, 0, read).Contains("\"declutter-boosted-trees\"", StringComparison.Ordinal);
    }

    private static void AssertSameModel(BoostedTreesModel expected, BoostedTreesModel actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.FeatureNames, actual.FeatureNames);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.BaseScore), BitConverter.DoubleToInt64Bits(actual.BaseScore));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Threshold), BitConverter.DoubleToInt64Bits(actual.Threshold));
        Assert.Equal(expected.Trees.Count, actual.Trees.Count);
        for (var t = 0; t < expected.Trees.Count; t++)
        {
            var (e, a) = (expected.Trees[t], actual.Trees[t]);
            Assert.Equal(e.Feature, a.Feature);
            Assert.Equal(e.Threshold.Select(BitConverter.SingleToInt32Bits), a.Threshold.Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(e.Left, a.Left);
            Assert.Equal(e.Right, a.Right);
            Assert.Equal(e.Value.Select(BitConverter.DoubleToInt64Bits), a.Value.Select(BitConverter.DoubleToInt64Bits));
        }
    }
}
