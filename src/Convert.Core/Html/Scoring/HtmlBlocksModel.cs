using Convert.Core.Learning;

namespace Convert.Core.Html.Scoring;

/// <summary>The shipped block scorer: loaded once, on first use, and checked against the features this code makes.</summary>
internal static class HtmlBlocksModel
{
    /// <summary>The embedded resource holding the model (trained by tools/Convert.Training, verb html-blocks).</summary>
    public const string ResourceName = "Convert.Core.Html.Scoring.html-blocks.model.bin";

    private static readonly Lazy<BoostedTreesModel> Shipped = new(() => Checked(BoostedTreesModel.LoadEmbedded(ResourceName)));

    public static BoostedTreesModel Shared => Shipped.Value;

    /// <summary>The model, after checking its feature list is the one <see cref="BlockFeatures"/> writes.</summary>
    public static BoostedTreesModel Checked(BoostedTreesModel model)
    {
        model.RequireFeatures(BlockFeatures.Names);
        return model;
    }
}
