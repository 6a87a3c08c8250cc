namespace Convert.Core.Streams;

/// <summary>
/// Maps a lazy sequence on several threads and yields the results in input order, a window at a time: at most
/// <c>4 x parallelism</c> items (and about <see cref="MaxWindowWeight"/> of their weight) are held at once, so a
/// stream of any length runs in bounded memory.
/// </summary>
public static class OrderedWindows
{
    /// <summary>The weight (characters of content) a window stops growing at, unless it holds a single item.</summary>
    public const long MaxWindowWeight = 64L * 1024 * 1024;

    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, int parallelism, Func<TIn, long> weight)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(weight);
        var windowSize = Math.Max(1, parallelism) * 4;
        var window = new List<TIn>(windowSize);
        long windowWeight = 0;
        foreach (var item in items)
        {
            window.Add(item);
            windowWeight += weight(item);
            if (window.Count < windowSize && windowWeight < MaxWindowWeight)
                continue;
            foreach (var result in Run(window, map, parallelism))
                yield return result;
            window.Clear();
            windowWeight = 0;
        }
        foreach (var result in Run(window, map, parallelism))
            yield return result;
    }

    private static TOut[] Run<TIn, TOut>(List<TIn> window, Func<TIn, TOut> map, int parallelism)
    {
        var results = new TOut[window.Count];
        if (parallelism <= 1 || window.Count <= 1)
        {
            for (var i = 0; i < window.Count; i++)
                results[i] = map(window[i]);
            return results;
        }
        Parallel.For(0, window.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => results[i] = map(window[i]));
        return results;
    }
}
