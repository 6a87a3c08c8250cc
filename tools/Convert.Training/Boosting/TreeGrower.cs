namespace Convert.Training.Boosting;

/// <summary>
/// Grows one regression tree depth-first on binned features from the rows' gradients and hessians (second-order
/// boosting with an L2 penalty, as in XGBoost and LightGBM): each node takes the split with the best gain, a
/// child's histogram is the parent's minus its sibling's, and a leaf's value is the Newton step.
/// </summary>
internal sealed class TreeGrower
{
    private readonly byte[][] binned;
    private readonly int[] binCounts;
    private readonly double[] gradients;
    private readonly double[] hessians;
    private readonly BoostingOptions options;
    private readonly double[] gainByFeature;

    private readonly List<int> feature = [];
    private readonly List<int> splitBin = [];
    private readonly List<int> left = [];
    private readonly List<int> right = [];
    private readonly List<double> value = [];

    public TreeGrower(byte[][] binned, int[] binCounts, double[] gradients, double[] hessians, BoostingOptions options, double[] gainByFeature)
    {
        this.binned = binned;
        this.binCounts = binCounts;
        this.gradients = gradients;
        this.hessians = hessians;
        this.options = options;
        this.gainByFeature = gainByFeature;
    }

    /// <summary>The grown tree: per node its feature (-1 for a leaf), split bin, children and value.</summary>
    public (int[] Feature, int[] SplitBin, int[] Left, int[] Right, double[] Value) Grow(int[] rows)
    {
        var histogram = Histogram.Build(binned, binCounts, gradients, hessians, rows, 0, rows.Length);
        GrowNode(rows, 0, rows.Length, histogram, depth: 0);
        return ([.. feature], [.. splitBin], [.. left], [.. right], [.. value]);
    }

    private int GrowNode(int[] rows, int start, int end, Histogram histogram, int depth)
    {
        var node = NewNode();
        var (g, h) = histogram.Totals();
        var count = end - start;
        var split = depth < options.MaxDepth && count >= 2 * options.MinLeafSamples
            ? BestSplit(histogram, g, h, count)
            : null;
        if (split is not { } best)
        {
            value[node] = -g / (h + options.L2) * options.LearningRate;
            return node;
        }

        var middle = Partition(rows, start, end, best.Feature, best.Bin);
        gainByFeature[best.Feature] += best.Gain;
        // Build the smaller child's histogram from its rows; the larger one's is what is left of the parent's.
        var leftIsSmaller = middle - start <= end - middle;
        var smaller = leftIsSmaller
            ? Histogram.Build(binned, binCounts, gradients, hessians, rows, start, middle)
            : Histogram.Build(binned, binCounts, gradients, hessians, rows, middle, end);
        var larger = histogram.Minus(smaller);
        feature[node] = best.Feature;
        splitBin[node] = best.Bin;
        left[node] = GrowNode(rows, start, middle, leftIsSmaller ? smaller : larger, depth + 1);
        right[node] = GrowNode(rows, middle, end, leftIsSmaller ? larger : smaller, depth + 1);
        return node;
    }

    private int NewNode()
    {
        feature.Add(-1);
        splitBin.Add(0);
        left.Add(-1);
        right.Add(-1);
        value.Add(0);
        return feature.Count - 1;
    }

    private (int Feature, int Bin, double Gain)? BestSplit(Histogram histogram, double g, double h, int count)
    {
        var lambda = options.L2;
        var parentScore = g * g / (h + lambda);
        (int Feature, int Bin, double Gain)? best = null;
        for (var f = 0; f < binCounts.Length; f++)
        {
            double gl = 0, hl = 0;
            var cl = 0;
            for (var bin = 0; bin < binCounts[f] - 1; bin++)
            {
                gl += histogram.Gradient[f][bin];
                hl += histogram.Hessian[f][bin];
                cl += histogram.Count[f][bin];
                var cr = count - cl;
                if (cl < options.MinLeafSamples)
                    continue;
                if (cr < options.MinLeafSamples)
                    break;
                var gr = g - gl;
                var hr = h - hl;
                var gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parentScore;
                if (gain > 1e-9 && (best is null || gain > best.Value.Gain))
                    best = (f, bin, gain);
            }
        }
        return best;
    }

    // Stable partition: rows going left keep their order, then those going right, so a tree does not depend on
    // anything but the data.
    private int Partition(int[] rows, int start, int end, int f, int bin)
    {
        var column = binned[f];
        var goingRight = new List<int>();
        var write = start;
        for (var i = start; i < end; i++)
        {
            if (column[rows[i]] <= bin)
                rows[write++] = rows[i];
            else
                goingRight.Add(rows[i]);
        }
        goingRight.CopyTo(rows, write);
        return write;
    }
}
