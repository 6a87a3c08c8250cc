using Convert.Core.Learning;

namespace Convert.Core.Html.PageTypes;

/// <summary>The page's most probable kind and the model's probability for it.</summary>
internal sealed record PageTypeGuess(string Type, double Probability, double ArticleProbability);

/// <summary>
/// One boosted-tree model per page type (one against the rest), trained on WCXB dev by the training tool's
/// <c>page-types</c> verb and shipped as embedded data; the type whose model gives the highest probability wins.
/// </summary>
internal static class PageTypeClassifier
{
    private static readonly Lazy<List<(string Type, BoostedTreesModel Model)>> Models = new(Load);

    public static string ResourceName(string type) => $"Convert.Core.Html.PageTypes.page-type-{type}.bin";

    /// <summary>Loads every model now, so a missing or malformed model file fails at start, not mid-batch.</summary>
    public static void EnsureLoaded() => _ = Models.Value;

    public static PageTypeGuess Classify(PageSignals signals)
    {
        var best = (Type: PageTypeNames.Article, Probability: -1.0);
        var article = 0.0;
        foreach (var (type, model) in Models.Value)
        {
            var probability = model.Probability(signals.Values);
            if (type == PageTypeNames.Article)
                article = probability;
            if (probability > best.Probability)
                best = (type, probability);
        }
        return new PageTypeGuess(best.Type, best.Probability, article);
    }

    private static List<(string Type, BoostedTreesModel Model)> Load() =>
        PageTypeNames.All.Select(type =>
        {
            var model = BoostedTreesModel.LoadEmbedded(ResourceName(type));
            model.RequireFeatures(PageTypeFeatures.Names);
            return (type, model);
        }).ToList();
}
