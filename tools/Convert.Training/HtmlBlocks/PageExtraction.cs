using Convert.Training.Evaluation;

namespace Convert.Training.HtmlBlocks;

/// <summary>
/// Scores an extraction of every page with WCXB's metric (mean per-page word F1, by page type), as the shipped reader
/// would extract: blocks whose probability reaches the threshold, or the rule-based selection when none does.
/// </summary>
internal static class PageExtraction
{
    public static string Text(PageRows rows, double[] probabilities, double threshold)
    {
        var kept = rows.Blocks.Where((_, i) => probabilities[i] >= threshold).Select(b => b.Text).ToList();
        if (kept.Count == 0)
            kept = rows.Blocks.Where(b => b.InSelection).Select(b => b.Text).ToList();
        return string.Join('\n', kept);
    }

    public static string SelectionText(PageRows rows) => string.Join('\n', rows.Blocks.Where(b => b.InSelection).Select(b => b.Text));

    /// <summary>F1 per page for a text-per-page function.</summary>
    public static double[] F1(IReadOnlyList<PageRows> pages, Func<int, string> extracted)
    {
        var scores = new double[pages.Count];
        for (var i = 0; i < pages.Count; i++)
            scores[i] = WordF1.Score(extracted(i), pages[i].Page.MainContent ?? "").F1;
        return scores;
    }

    /// <summary>Mean F1 over all pages and over each page type, types in WCXB's order.</summary>
    public static List<(string Type, int Pages, double F1)> ByType(IReadOnlyList<PageRows> pages, double[] scores)
    {
        var table = new List<(string, int, double)> { ("ALL", pages.Count, scores.Average()) };
        foreach (var group in pages.Select((p, i) => (p.Page.PageType, Score: scores[i])).GroupBy(x => x.PageType).OrderByDescending(g => g.Count()))
            table.Add((group.Key, group.Count(), group.Average(x => x.Score)));
        return table;
    }
}
