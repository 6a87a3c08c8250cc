namespace Convert.Core.Cleaning;

/// <summary>A rule config (or rule data) is not valid. The message is one line and says where and why.</summary>
public sealed class RuleConfigException(string message) : Exception(message);
