using Convert.Core.Learning;

namespace Convert.Training.Models;

/// <summary><c>describe MODEL.json</c>: what a model file holds and which features its trees lean on.</summary>
internal static class DescribeCommand
{
    public const string Help = "summarise a model file: features, trees, nodes, splits per feature";

    public static int Run(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: describe MODEL.json");
            return 2;
        }
        BoostedTreesModel model;
        try
        {
            model = BoostedTreesModel.Parse(File.ReadAllBytes(args[0]), args[0]);
        }
        catch (Exception error) when (error is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{args[0]}: {error.Message}");
            return 1;
        }
        var splits = new int[model.FeatureNames.Count];
        foreach (var tree in model.Trees)
        {
            foreach (var feature in tree.Feature.Where(feature => feature >= 0))
                splits[feature]++;
        }
        Console.WriteLine($"{model.Name}: {model.FeatureNames.Count} features, {model.Trees.Count} trees, " +
            $"{model.Trees.Sum(tree => tree.NodeCount)} nodes, threshold {model.Threshold:0.###}");
        foreach (var (name, count) in model.FeatureNames.Zip(splits).OrderByDescending(pair => pair.Second).ThenBy(pair => pair.First, StringComparer.Ordinal))
            Console.WriteLine($"  {count,6}  {name}");
        return 0;
    }
}
