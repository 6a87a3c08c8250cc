namespace Convert.Core.Cleaning;

// PLACEHOLDER: owned by the reading/cleaning helper. The members below are used by the CLI and must stay.
public sealed record Rule(string Id, string Category, string Description, RuleAction Action, RuleScope Scope);

/// <summary>What a rule does with a match.</summary>
public enum RuleAction { Remove, Stop, Metadata }

/// <summary>Where in the article a rule may fire.</summary>
public enum RuleScope { Anywhere, Edges, Tail }
