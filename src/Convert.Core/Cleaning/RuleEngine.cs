using Convert.Core.Reading;

namespace Convert.Core.Cleaning;

// PLACEHOLDER: owned by the reading/cleaning helper.
public sealed class RuleEngine(RuleSet rules)
{
    public RuleSet Rules { get; } = rules;
    public CleanedText Clean(IReadOnlyList<TextBlock> blocks) => throw new NotImplementedException();
}
