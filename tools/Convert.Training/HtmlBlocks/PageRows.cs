using Convert.Core.Html;
using Convert.Core.Html.Scoring;
using Convert.Core.Reading;
using Convert.Training.Evaluation;

namespace Convert.Training.HtmlBlocks;

/// <summary>One candidate block as a training row.</summary>
internal sealed record BlockRow(string Text, bool InSelection, float[] Features);

/// <summary>One WCXB page as training rows: its candidate blocks' features, texts and labels.</summary>
internal sealed record PageRows(WcxbPage Page, IReadOnlyList<BlockRow> Blocks, bool[] Labels, double[] Weights, string? Error)
{
    /// <summary>A block is positive when at least this share of its words is found in the page's main content.</summary>
    public const double PositiveShare = 0.5;

    /// <summary>Reads the page's HTML with the same code the reader runs and labels each block against the ground truth.</summary>
    public static PageRows Read(WcxbPage page, string pagesDir)
    {
        var bytes = File.ReadAllBytes(Path.Combine(pagesDir, page.Id + ".html"));
        List<BlockCandidate> blocks;
        try
        {
            var label = HtmlCharset.Label(bytes);
            var declared = label is null ? null : HtmlCharset.ByName(label);
            var text = InputDecoder.Decode(bytes, declared, null).Text;
            blocks = CandidateBlocks.Collect(HtmlPageAnalysis.Of(text, ClassMarkers.BuiltIn));
        }
        catch (InputFormatException e)
        {
            return new PageRows(page, [], [], [], e.Message);
        }

        // Tokens of the main content are consumed in page order, so a phrase the page repeats in its navigation is
        // credited once, to the first block that holds it.
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in WordF1.Tokens(page.MainContent ?? ""))
            remaining[token] = remaining.GetValueOrDefault(token) + 1;
        var labels = new bool[blocks.Count];
        var weights = new double[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            labels[i] = WordF1.CoveredFraction(blocks[i].Text, remaining) >= PositiveShare;
            // Long blocks matter more to the page's word F1.
            weights[i] = Math.Max(1, WordF1.Tokens(blocks[i].Text).Count);
        }
        return new PageRows(page, blocks.Select(b => new BlockRow(b.Text, b.InSelection, b.Features)).ToList(), labels, weights, null);
    }
}
