using Convert.Core.Learning;
using Convert.Core.Model;

namespace Convert.Core.Reading.TextDumps;

/// <summary>
/// Finds the article in a whole-page text dump: the line classifier scores each block in two stages, both boosted-tree
/// models trained on the WCXB development dumps by <c>Convert.Training text-lines</c>: <c>text-lines.model.json</c>
/// reads the block and its neighbours' shapes, <c>text-lines-context.model.json</c> the first stage's scores around it.
/// The blocks kept go on to the rules and the splitter; the others become removals. Text that is not a dump passes
/// untouched.
/// </summary>
internal static class TextDumpFilter
{
    public const string RuleId = "page-chrome";
    public const string Category = "page-chrome";
    public const string ModelResource = "Convert.Core.Reading.TextDumps.text-lines.model.bin";
    public const string ContextModelResource = "Convert.Core.Reading.TextDumps.text-lines-context.model.bin";

    private static readonly Lazy<BoostedTreesModel> Model = new(() => Load(ModelResource, TextLineFeatures.Names));
    private static readonly Lazy<BoostedTreesModel> ContextModel = new(() => Load(ContextModelResource, TextLineContextFeatures.Names));

    /// <summary>The embedded model, checked against the features this code computes.</summary>
    /// <exception cref="ModelFormatException">The resource is missing, malformed or reads other features.</exception>
    public static BoostedTreesModel Load(string logicalName, IReadOnlyList<string> features)
    {
        var model = BoostedTreesModel.LoadEmbedded(logicalName);
        model.RequireFeatures(features);
        return model;
    }

    /// <summary>What a dump keeps: the article's blocks, the removals, the title, and the lines between the title and the article, where its byline and date may stand.</summary>
    public sealed record Result(IReadOnlyList<SourceBlock> Kept, IReadOnlyList<Removal> Removed, string? Title, IReadOnlyList<string> HeadLines);

    /// <summary>The blocks to keep, the removals and the head, or null when <paramref name="blocks"/> is not a page dump.</summary>
    public static Result? Filter(IReadOnlyList<SourceBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count == 0 || PageDumpShape.ProfilesOfDump(blocks) is not { } profiles)
            return null;
        var keep = DumpLineChoice.Decide(Probabilities(blocks, profiles), blocks, profiles, ContextModel.Value.Threshold);

        var head = DumpHead.Find(blocks, profiles, keep);

        var kept = new List<SourceBlock>();
        var removed = new List<Removal>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i == head.TitleBlock)
                continue;
            if (keep[i])
            {
                kept.Add(blocks[i]);
                continue;
            }
            foreach (var line in blocks[i].Lines)
                removed.Add(new Removal(RuleId, Category, line.Text, line.Source));
        }
        return new Result(kept, removed, head.Title, head.HeadLines);
    }

    /// <summary>The second stage's probability that each block is article text.</summary>
    internal static double[] Probabilities(IReadOnlyList<SourceBlock> blocks, BlockProfile[] profiles)
    {
        var first = Model.Value;
        var rows = TextLineFeatures.Compute(blocks, profiles);
        var firstScores = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
            firstScores[i] = first.Probability(rows[i]);
        var context = ContextModel.Value;
        var contextRows = TextLineContextFeatures.Compute(firstScores, blocks, profiles);
        var scores = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
            scores[i] = context.Probability(contextRows[i]);
        return scores;
    }
}
