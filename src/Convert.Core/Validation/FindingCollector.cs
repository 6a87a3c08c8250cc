namespace Convert.Core.Validation;

/// <summary>Collects one file's findings, applying the severities in effect; findings of rules turned off are dropped.</summary>
public sealed class FindingCollector(string file, RuleSeverities severities)
{
    private readonly List<Finding> _findings = [];

    public string File => file;

    /// <summary>The findings in file order: file-level ones (no line) first, then by line and column.</summary>
    public IReadOnlyList<Finding> Findings =>
        _findings.OrderBy(f => f.Line ?? 0).ThenBy(f => f.Column ?? 0).ToList();

    public void Add(string ruleId, string message, int? line = null, int? column = null, string? location = null)
    {
        if (severities.For(ruleId) is { } severity)
            _findings.Add(new Finding(ruleId, severity, message, file, line is > 0 ? line : null, column, location));
    }
}
