using Convert.Core.Cleaning;

namespace Convert.Core.Validation;

/// <summary>
/// Looks for clutter the cleaning rules would remove in text that is already converted. The engine's own position
/// logic is mirrored: a weak or edge-only rule's match counts as clutter only at the edges of the body or next to
/// other clutter; elsewhere it is only possible clutter ("Print" as a recipe step).
/// </summary>
public sealed class ClutterLookup(RuleSet rules)
{
    /// <summary>The rule matching <paramref name="text"/> on its own, or null.</summary>
    public Rule? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.IsNullOrWhiteSpace(text) ? null : BlockMatch.FirstRule(rules, text);
    }

    /// <summary>True when the rules in effect include <paramref name="ruleId"/> (a config may have turned it off).</summary>
    internal bool Has(string ruleId) => rules.Rules.Any(r => r.Id == ruleId);

    /// <summary>True when the rule removes wherever the text stands.</summary>
    public static bool FiresAnywhere(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return !rule.Weak && rule.Scope == RuleScope.Anywhere;
    }
}
