namespace Convert.Core.Cleaning;

/// <summary>
/// One cleaning rule: what clutter looks like (<see cref="Matcher"/>) and what to do with it. Built-in rules are data
/// (an embedded JSON file); a user config can disable them by <see cref="Id"/> or add more.
/// </summary>
/// <param name="Id">Stable kebab-case id, e.g. "share-button".</param>
/// <param name="Category">The kind of clutter, e.g. "share", "comments", "related".</param>
/// <param name="Description">One sentence for people: what the rule removes and why.</param>
/// <param name="Action">What happens to a match.</param>
/// <param name="Scope">Where in the article the rule may fire.</param>
public sealed record Rule(string Id, string Category, string Description, RuleAction Action, RuleScope Scope)
{
    /// <summary>Decides whether a line or block is this rule's clutter.</summary>
    public RuleMatcher Matcher { get; init; } = RuleMatcher.Never;

    /// <summary>
    /// A weak rule matches words that can be content ("Print", "Share", "Home"): it fires only outside the body
    /// (head zone, tail, after the last body paragraph) or next to other clutter.
    /// </summary>
    public bool Weak { get; init; }

    /// <summary>What the rule also takes after its own match (the headlines under "Related Posts", the terms under "Tags:").</summary>
    public RuleFollow Follow { get; init; }

    /// <summary>Which metadata a match carries.</summary>
    public RuleExtract Extract { get; init; }

    /// <summary>
    /// A match after the body has started opens a comment thread ("3 Comments", "Leave a Reply", "Jane says: date at
    /// time"): everything after it is removed as comments, so no comment returns to the body and no commenter becomes
    /// an author. See <see cref="CommentThreadCutter"/>.
    /// </summary>
    public bool OpensThread { get; init; }
}

/// <summary>What a rule does with a match.</summary>
public enum RuleAction
{
    /// <summary>Remove the match from the text.</summary>
    Remove,
    /// <summary>Remove the match; once the body has started, everything after it is not body.</summary>
    Stop,
    /// <summary>Remove the match from the body and move it into the article metadata.</summary>
    Metadata,
}

/// <summary>Where in the article a rule may fire.</summary>
public enum RuleScope
{
    /// <summary>Anywhere, as a whole line or block.</summary>
    Anywhere,
    /// <summary>Only before the body starts, or after it ends (after a stop or after the last body paragraph).</summary>
    Edges,
    /// <summary>Only after the body ends (after a stop or after the last body paragraph).</summary>
    Tail,
}

/// <summary>Blocks a rule takes along after its match.</summary>
public enum RuleFollow
{
    /// <summary>Nothing.</summary>
    None,
    /// <summary>The one headline-like line right after the match ("Next Article" + its title).</summary>
    Headline,
    /// <summary>The run of headline-like lines right after the match ("Related Posts" + its list).</summary>
    Headlines,
    /// <summary>Short term lines after a label with no terms of its own ("Tags:" + one term per line).</summary>
    Terms,
}

/// <summary>Metadata a match carries.</summary>
public enum RuleExtract
{
    /// <summary>None.</summary>
    None,
    /// <summary>Tag or category terms, into <see cref="Model.ArticleMetadata.Tags"/>.</summary>
    Tags,
    /// <summary>A republication note, into <see cref="Model.ArticleMetadata.RepublishedFrom"/> and its note.</summary>
    Republication,
}
