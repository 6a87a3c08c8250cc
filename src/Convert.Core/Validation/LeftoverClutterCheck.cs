namespace Convert.Core.Validation;

/// <summary>Finds clutter left in a converted document's body and bios (JSON or Word).</summary>
public static class LeftoverClutterCheck
{
    public static void Run(IReadOnlyList<TextItem> body, IReadOnlyList<TextItem> bios, ClutterLookup lookup, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(bios);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(findings);
        var rules = body.Select(item => lookup.Match(item.Text)).ToArray();
        for (var i = 0; i < body.Count; i++)
        {
            if (rules[i] is not { } rule)
                continue;
            // As in the engine: at the edges of the body or next to other clutter, even a weak rule's match is clutter.
            var atEdge = i == 0 || i == body.Count - 1 || rules[i - 1] is not null || rules[i + 1] is not null;
            if (ClutterLookup.FiresAnywhere(rule) || atEdge)
                Report(ValidationRules.LeftoverClutter, "is clutter left in the body", body[i], rule.Id, findings);
            else
                Report(ValidationRules.PossibleClutter, "looks like clutter but stands between body paragraphs", body[i], rule.Id, findings);
        }

        foreach (var bio in bios)
        {
            if (lookup.Match(bio.Text) is { } rule)
                Report(ValidationRules.LeftoverClutter, "is clutter left in an author bio", bio, rule.Id, findings);
        }
    }

    private static void Report(string ruleId, string what, TextItem item, string cleaningRule, FindingCollector findings) =>
        findings.Add(ruleId, $"\"{ArticleChecks.Shorten(item.Text)}\" {what} (cleaning rule {cleaningRule}).", item.Line, null, item.Location);
}
