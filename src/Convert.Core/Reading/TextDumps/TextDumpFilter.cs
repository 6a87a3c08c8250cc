using Convert.Core.Learning;
using Convert.Core.Model;

namespace Convert.Core.Reading.TextDumps;

/// <summary>
/// Finds the article in a whole-page text dump: the line classifier (<c>text-lines.model.json</c>, a boosted-tree model
/// trained on the WCXB development dumps by <c>Convert.Training text-lines</c>) scores each block, and the blocks it
/// keeps go on to the rules and the splitter; the others become removals. Text that is not a dump passes untouched.
/// </summary>
internal static class TextDumpFilter
{
    public const string RuleId = "page-chrome";
    public const string Category = "page-chrome";
    public const string ModelResource = "Convert.Core.Reading.TextDumps.text-lines.model.bin";

    private static readonly Lazy<BoostedTreesModel> Model = new(() => Load(ModelResource));

    /// <summary>The embedded model, checked against the features this code computes.</summary>
    /// <exception cref="ModelFormatException">The resource is missing, malformed or reads other features.</exception>
    public static BoostedTreesModel Load(string logicalName)
    {
        var model = BoostedTreesModel.LoadEmbedded(logicalName);
        model.RequireFeatures(TextLineFeatures.Names);
        return model;
    }

    /// <summary>The blocks to keep and the removals, or null when <paramref name="blocks"/> is not a page dump.</summary>
    public static (IReadOnlyList<SourceBlock> Kept, IReadOnlyList<Removal> Removed)? Filter(IReadOnlyList<SourceBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count == 0 || !PageDumpShape.IsDump(blocks))
            return null;
        var profiles = new BlockProfile[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
            profiles[i] = BlockProfile.Of(blocks[i]);
        var model = Model.Value;
        var rows = TextLineFeatures.Compute(blocks, profiles);
        var keep = DumpLineChoice.Decide(rows.Select(r => model.Probability(r)).ToArray(), blocks, profiles, model.Threshold);

        var kept = new List<SourceBlock>();
        var removed = new List<Removal>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (keep[i])
            {
                kept.Add(blocks[i]);
                continue;
            }
            foreach (var line in blocks[i].Lines)
                removed.Add(new Removal(RuleId, Category, line.Text, line.Source));
        }
        return (kept, removed);
    }
}
