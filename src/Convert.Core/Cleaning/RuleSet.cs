namespace Convert.Core.Cleaning;

// PLACEHOLDER: owned by the reading/cleaning helper. The members below are used by the CLI and must stay.
public sealed class RuleSet
{
    public static RuleSet BuiltIn => throw new NotImplementedException();
    public IReadOnlyList<Rule> Rules => throw new NotImplementedException();

    /// <summary>The built-in rules changed by a user config file's JSON text.</summary>
    /// <exception cref="RuleConfigException">The config is not valid; the message says where and why.</exception>
    public static RuleSet Load(string userConfigJson) => throw new NotImplementedException();
}

public sealed class RuleConfigException(string message) : Exception(message);
