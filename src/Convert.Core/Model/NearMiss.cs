namespace Convert.Core.Model;

/// <summary>
/// A line a cleaning rule matched but that was kept, because of where it stood: the clutter-like lines a person may
/// want to look at ("Share." alone between two body paragraphs).
/// </summary>
/// <param name="RuleId">The rule that matched, e.g. "share-button".</param>
/// <param name="Text">The kept text as it appeared.</param>
/// <param name="Source">Where it is.</param>
/// <param name="Reason">Why the rule did not fire, e.g. "a weak rule does not fire between body paragraphs".</param>
public sealed record NearMiss(string RuleId, string Text, SourceSpan Source, string Reason);
