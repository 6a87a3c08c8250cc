using Convert.Core.Reading.TextDumps;
using Convert.Training.Evaluation;

namespace Convert.Training.TextLines;

/// <summary>Page-level WCXB word F1 of the kept blocks, by page type: the figure the classifier is judged on.</summary>
internal static class TextLinesScore
{
    /// <summary>Mean F1 per page type (and "all") when each page keeps what <paramref name="probabilities"/> decide.</summary>
    public static SortedDictionary<string, (int Pages, double F1)> ByType(IReadOnlyList<TextLinePage> pages,
        IReadOnlyList<double[]> probabilities, double threshold)
    {
        var sums = new Dictionary<string, (int Pages, double F1)>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var keep = page.IsDump
                ? DumpLineChoice.Decide(probabilities[p], page.Blocks, page.Profiles, threshold)
                : Enumerable.Repeat(true, page.Blocks.Count).ToArray();
            var f1 = WordF1.Score(page.KeptText(keep), page.Truth.MainContent ?? "").F1;
            foreach (var key in new[] { "all", page.Truth.PageType ?? "unknown" })
            {
                var (n, sum) = sums.GetValueOrDefault(key);
                sums[key] = (n + 1, sum + f1);
            }
        }
        return new SortedDictionary<string, (int, double)>(sums.ToDictionary(kv => kv.Key, kv => (kv.Value.Pages, kv.Value.F1 / kv.Value.Pages)),
            StringComparer.Ordinal);
    }
}
