using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Reading.TextDumps;
using Convert.Training.Evaluation;

namespace Convert.Training.TextLines;

/// <summary>One WCXB page as a text dump: its blocks, their features and labels, and what the page should give.</summary>
internal sealed record TextLinePage(WcxbPage Truth, IReadOnlyList<SourceBlock> Blocks, BlockProfile[] Profiles, float[][] Rows,
    bool[] Labels, double[] Weights, bool IsDump)
{
    // A block is article text when at least this share of its tokens is found in main_content.
    private const double PositiveShare = 0.5;

    public static TextLinePage Read(WcxbPage truth, string dumpPath)
    {
        var blocks = ScrapedTextReader.Read(File.ReadAllText(dumpPath));
        var profiles = blocks.Select(BlockProfile.Of).ToArray();
        var rows = TextLineFeatures.Compute(blocks, profiles);
        // The expected tokens are consumed in reading order, so a menu word the article also uses is counted once.
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in WordF1.Tokens(truth.MainContent ?? ""))
            remaining[token] = remaining.GetValueOrDefault(token) + 1;
        var labels = new bool[blocks.Count];
        var weights = new double[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            labels[i] = WordF1.CoveredFraction(blocks[i].Text, remaining) >= PositiveShare;
            weights[i] = Math.Max(1, profiles[i].Tokens);
        }
        return new TextLinePage(truth, blocks, profiles, rows, labels, weights, PageDumpShape.IsDump(blocks, profiles));
    }

    /// <summary>The second stage's rows from first-stage scores of this page's blocks.</summary>
    public float[][] ContextRows(double[] firstScores) =>
        TextLineContextFeatures.Compute(firstScores, Blocks, Profiles);

    /// <summary>The page's text as the converter would keep it under <paramref name="keep"/>.</summary>
    public string KeptText(bool[] keep) =>
        string.Join("\n\n", Blocks.Where((_, i) => keep[i]).Select(b => b.Text));
}
