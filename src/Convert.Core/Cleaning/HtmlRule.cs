namespace Convert.Core.Cleaning;

/// <summary>
/// One HTML rule: the class, id and role names that mark one kind of page element (share rows, comments, author
/// boxes, article content...), listed by what each set of names does. Built-in rules are data (an embedded JSON
/// file); a user config can disable them by <see cref="Id"/> or add more, like the text rules.
/// </summary>
/// <param name="Id">Stable kebab-case id, e.g. "html-share"; removals credited to the rule carry it.</param>
/// <param name="Category">The kind of element, e.g. "share", "comments", "navigation".</param>
/// <param name="Description">One sentence for people: what the rule finds.</param>
public sealed record HtmlRule(string Id, string Category, string Description)
{
    /// <summary>Where the names come from (Readability, this project, a user's config).</summary>
    public string Origin { get; init; } = "";

    /// <summary>The rule's names, one list per use, in <see cref="HtmlMarkerUse"/> order; empty lists are left out.</summary>
    public IReadOnlyList<HtmlMarkerList> Markers { get; init; } = [];

    /// <summary>The names of one use, or an empty list.</summary>
    public IReadOnlyList<string> NamesFor(HtmlMarkerUse use) => Markers.FirstOrDefault(m => m.Use == use)?.Names ?? [];
}

/// <summary>Names of one use in an <see cref="HtmlRule"/>: regular expressions matched against lower-cased class and id names.</summary>
public sealed record HtmlMarkerList(HtmlMarkerUse Use, IReadOnlyList<string> Names);

/// <summary>What a rule's names do.</summary>
public enum HtmlMarkerUse
{
    /// <summary>Page chrome taken out before the article is scored, unless a <see cref="Keep"/> name is there too.</summary>
    Strip,
    /// <summary>ARIA roles of page chrome taken out before scoring (whole role values, not patterns).</summary>
    Roles,
    /// <summary>Names that keep an element that a <see cref="Strip"/> name would take out.</summary>
    Keep,
    /// <summary>Widgets pruned inside the article, matched as whole name parts.</summary>
    Prune,
    /// <summary>Names that credit a removal to the rule.</summary>
    Label,
    /// <summary>Names that add to an element's score.</summary>
    Boost,
    /// <summary>Names that take off an element's score.</summary>
    Penalize,
    /// <summary>An author box: its text goes to the authors.</summary>
    AuthorBox,
    /// <summary>The element holding the byline.</summary>
    Byline,
    /// <summary>A section label above the headline, pruned.</summary>
    Kicker,
    /// <summary>A standfirst that becomes the subtitle.</summary>
    Standfirst,
    /// <summary>An element printing the publication date, read when the page's metadata has none.</summary>
    Date,
    /// <summary>The comment section, where names and dates are the commenters'.</summary>
    CommentSection,
}
