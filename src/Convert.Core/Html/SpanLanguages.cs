using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>
/// A run keeps a language only where it differs from the article's: "fr" inside an English article is worth marking,
/// "en" inside it is the page's own markup repeating itself.
/// </summary>
internal static class SpanLanguages
{
    public static List<HtmlBlock> WithoutDocumentLanguage(List<HtmlBlock> blocks, string? documentLanguage)
    {
        if (documentLanguage is null)
            return blocks;
        return blocks.Select(b => b with { Block = Clean(b.Block, documentLanguage) }).ToList();
    }

    private static Block Clean(Block block, string language) => block switch
    {
        Paragraph p => p with { Runs = Clean(p.Runs, language) },
        Heading h => h with { Runs = Clean(h.Runs, language) },
        Quote q => q with { Runs = Clean(q.Runs, language) },
        ListBlock l => l with { Items = l.Items.Select(i => i with { Runs = Clean(i.Runs, language) }).ToList() },
        Table t => t.MapRuns(runs => Clean(runs, language)),
        Figure f => f.MapRuns(runs => Clean(runs, language)),
        _ => block,
    };

    private static List<Run> Clean(IReadOnlyList<Run> runs, string language) =>
        runs.Select(r => r.Language is { } lang && SameLanguage(lang, language) ? r with { Language = null } : r).ToList();

    // "en" and "en-GB" are the same language for this purpose.
    private static bool SameLanguage(string a, string b) =>
        string.Equals(Primary(a), Primary(b), StringComparison.OrdinalIgnoreCase);

    private static string Primary(string tag) => tag.Split('-', '_')[0];
}
