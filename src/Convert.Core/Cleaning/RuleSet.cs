namespace Convert.Core.Cleaning;

// PLACEHOLDER: owned by the reading/cleaning helper.
public sealed class RuleSet
{
    public static RuleSet BuiltIn => throw new NotImplementedException();
}
