namespace Convert.Core.Html.Scoring;

/// <summary>One block of the whole page, as the learned scorer sees it.</summary>
/// <param name="Block">The block as built, with its source element.</param>
/// <param name="Text">Its text, lines joined by newlines: what the article would print.</param>
/// <param name="InSelection">The rule-based extraction kept this block.</param>
/// <param name="Features">Its feature vector, in <see cref="BlockFeatures.Names"/> order.</param>
/// <param name="RemovedByRules">It lies in an element the rules stripped or pruned as chrome.</param>
internal sealed record BlockCandidate(HtmlBlock Block, string Text, bool InSelection, float[] Features, bool RemovedByRules);
