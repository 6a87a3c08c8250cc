using Convert.Core.Cleaning;

namespace Convert.Core.Validation;

/// <summary>
/// Finds a comment thread left in a body: a comment's header ("Jane says: March 3, 2025 at 10:14 am", "Maria — 9
/// March 2025 at 12:30", or "Jane says:" over a date and time), or at least two commenters' names each over a date
/// and time. One finding per body, at the first header, with how many headers were seen.
/// </summary>
public static class CommentThreadCheck
{
    private const int MinNameOverDateHeaders = 2;

    public static void Run(IReadOnlyList<TextItem> body, ClutterLookup lookup, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(findings);
        if (!lookup.Has(CommentThreadCutter.HeaderRuleId))
            return;
        var lines = body.SelectMany(item => item.Text.Split('\n').Select(line => (Item: item, Text: line.Trim()))).ToList();
        var headers = new List<(TextItem Item, string Text, bool Certain)>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (item, text) = lines[i];
            var next = lines[i + 1].Text;
            if (lookup.Match(text)?.Id == CommentThreadCutter.HeaderRuleId || (CommentShapes.IsSaysLine(text) && CommentShapes.IsDateTime(next)))
                headers.Add((item, text, true));
            else if (i + 2 < lines.Count && CommentShapes.IsNameLine(text) && CommentShapes.IsDateTime(next))
                headers.Add((item, text, false));
        }
        if (lines.Count > 0 && lookup.Match(lines[^1].Text)?.Id == CommentThreadCutter.HeaderRuleId)
            headers.Add((lines[^1].Item, lines[^1].Text, true));

        if (!headers.Any(h => h.Certain) && headers.Count < MinNameOverDateHeaders)
            return;
        var first = headers[0];
        var count = headers.Count == 1 ? "a comment header" : $"{headers.Count} comment headers";
        findings.Add(ValidationRules.CommentThreadInBody,
            $"A comment thread is left in the body ({count}, the first \"{ArticleChecks.Shorten(first.Text)}\").",
            first.Item.Line, null, first.Item.Location);
    }
}
