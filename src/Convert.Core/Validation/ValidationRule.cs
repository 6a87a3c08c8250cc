namespace Convert.Core.Validation;

/// <summary>A check <c>validate</c> runs, as listed in reports (SARIF tool.driver.rules) and the docs.</summary>
/// <param name="Id">Stable kebab-case id, used in configs and reports.</param>
/// <param name="DefaultSeverity">The severity unless the config says otherwise.</param>
/// <param name="AppliesTo">The kinds of file checked, e.g. "input", "json, docx".</param>
/// <param name="Description">One sentence: what the rule finds.</param>
public sealed record ValidationRule(string Id, Severity DefaultSeverity, string AppliesTo, string Description)
{
    /// <summary>Where the rule is explained, relative to the repository root.</summary>
    public string HelpPath => $"docs/ci.md#{Id}";
}
