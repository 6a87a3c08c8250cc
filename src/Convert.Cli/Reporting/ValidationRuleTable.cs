using Convert.Core.Validation;

namespace Convert.Cli.Reporting;

/// <summary>The validation rules as a table: id, severity in effect, files checked, description.</summary>
internal static class ValidationRuleTable
{
    public static string Format(RuleSeverities severities)
    {
        ArgumentNullException.ThrowIfNull(severities);
        string[][] rows =
        [
            ["ID", "SEVERITY", "FILES", "DESCRIPTION"],
            .. ValidationRules.All.Select(r => new[] { r.Id, RuleSeverities.Name(severities.For(r.Id)), r.AppliesTo, r.Description }),
        ];
        return RuleTable.Render(rows);
    }
}
