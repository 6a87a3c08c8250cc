namespace Convert.Core.Model;

/// <summary>Something cleaning took out of the article, and why: the audit trail behind every dropped line.</summary>
/// <param name="RuleId">The rule that fired, e.g. "share-button".</param>
/// <param name="Category">The rule's category, e.g. "share".</param>
/// <param name="Text">The removed text as it appeared.</param>
/// <param name="Source">Where it was.</param>
public sealed record Removal(string RuleId, string Category, string Text, SourceSpan Source);
