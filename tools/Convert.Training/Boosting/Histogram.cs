namespace Convert.Training.Boosting;

/// <summary>Per feature and bin: the sum of gradients, of hessians and the row count of a node's rows.</summary>
internal sealed class Histogram
{
    private Histogram(int[] binCounts)
    {
        Gradient = new double[binCounts.Length][];
        Hessian = new double[binCounts.Length][];
        Count = new int[binCounts.Length][];
        for (var f = 0; f < binCounts.Length; f++)
        {
            Gradient[f] = new double[binCounts[f]];
            Hessian[f] = new double[binCounts[f]];
            Count[f] = new int[binCounts[f]];
        }
    }

    public double[][] Gradient { get; }
    public double[][] Hessian { get; }
    public int[][] Count { get; }

    public static Histogram Build(byte[][] binned, int[] binCounts, double[] gradients, double[] hessians, int[] rows, int start, int end)
    {
        var histogram = new Histogram(binCounts);
        // Gather the node's rows once, so each feature's pass reads gradients in order instead of scattered.
        var length = end - start;
        var nodeRows = rows.AsSpan(start, length).ToArray();
        var nodeGradients = new double[length];
        var nodeHessians = new double[length];
        for (var i = 0; i < length; i++)
        {
            nodeGradients[i] = gradients[nodeRows[i]];
            nodeHessians[i] = hessians[nodeRows[i]];
        }
        // Features are independent and each is summed in row order, so the parallel loop gives the same sums.
        var work = (long)length * binCounts.Length;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = work > 200_000 ? Environment.ProcessorCount : 1 };
        Parallel.For(0, binCounts.Length, parallel, f =>
        {
            var column = binned[f];
            var g = histogram.Gradient[f];
            var h = histogram.Hessian[f];
            var c = histogram.Count[f];
            for (var i = 0; i < nodeRows.Length; i++)
            {
                var bin = column[nodeRows[i]];
                g[bin] += nodeGradients[i];
                h[bin] += nodeHessians[i];
                c[bin]++;
            }
        });
        return histogram;
    }

    public Histogram Minus(Histogram other)
    {
        var result = new Histogram([.. Count.Select(bins => bins.Length)]);
        for (var f = 0; f < Count.Length; f++)
        {
            for (var bin = 0; bin < Count[f].Length; bin++)
            {
                result.Gradient[f][bin] = Gradient[f][bin] - other.Gradient[f][bin];
                result.Hessian[f][bin] = Hessian[f][bin] - other.Hessian[f][bin];
                result.Count[f][bin] = Count[f][bin] - other.Count[f][bin];
            }
        }
        return result;
    }

    public (double Gradient, double Hessian) Totals()
    {
        if (Count.Length == 0)
            return (0, 0);
        double g = 0, h = 0;
        for (var bin = 0; bin < Count[0].Length; bin++)
        {
            g += Gradient[0][bin];
            h += Hessian[0][bin];
        }
        return (g, h);
    }
}
