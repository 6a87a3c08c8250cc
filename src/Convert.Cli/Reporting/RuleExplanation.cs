using System.Text;
using Convert.Core.Cleaning;
using Convert.Core.Validation;

namespace Convert.Cli.Reporting;

/// <summary><c>declutter rules ID</c>: one rule explained, a validation rule or a cleaning rule.</summary>
internal static class RuleExplanation
{
    public static string Validation(ValidationRule rule, Severity? inEffect)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var text = new StringBuilder();
        text.Append(rule.Id).Append(" (validation rule)\n\n");
        text.Append(rule.Description).Append("\n\n");
        text.Append("Default severity: ").Append(RuleSeverities.Name(rule.DefaultSeverity)).Append('\n');
        if (inEffect != rule.DefaultSeverity)
            text.Append("In effect here:   ").Append(RuleSeverities.Name(inEffect)).Append(" (from the config)\n");
        text.Append("Checks:           ").Append(rule.AppliesTo).Append(" files\n");
        if (ValidationRuleExamples.For(rule.Id) is { } example)
        {
            text.Append("\nExample (").Append(example.File).Append("):\n");
            foreach (var line in example.Content.Split('\n'))
                text.Append("    ").Append(line).Append('\n');
            text.Append("\nWhat to do: ").Append(example.Fix).Append('\n');
        }
        text.Append("\nConfigure: \"rules\": { \"").Append(rule.Id).Append("\": \"error\" | \"warning\" | \"info\" | \"off\" } in declutter.json,\n")
            .Append("or --select/--ignore ").Append(rule.Id).Append(" on the command line.\n");
        text.Append("More: ").Append(ToolInfo.HelpUri(rule.Id)).Append('\n');
        return text.ToString();
    }

    public static string Cleaning(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var text = new StringBuilder();
        text.Append(rule.Id).Append(" (cleaning rule)\n\n");
        if (rule.Description.Length > 0)
            text.Append(Diagnostics.OneLine(rule.Description)).Append("\n\n");
        text.Append("Category: ").Append(rule.Category).Append('\n');
        text.Append("Action:   ").Append(rule.Action.ToString().ToLowerInvariant()).Append('\n');
        text.Append("Scope:    ").Append(rule.Scope.ToString().ToLowerInvariant()).Append(rule.Weak ? " (weak: only outside the body or next to other clutter)" : "").Append('\n');
        text.Append("Matches:  ").Append(rule.Matcher.Describe()).Append('\n');
        if (rule.OpensThread)
            text.Append("Thread:   after the body, a match opens a comment thread: everything after it is removed as comments\n");
        text.Append("\nTurn it off: \"cleaning\": { \"disable\": [\"").Append(rule.Id).Append("\"] } in declutter.json.\n");
        return text.ToString();
    }
}
