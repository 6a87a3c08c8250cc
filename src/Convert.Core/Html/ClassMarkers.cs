// The strip, keep, boost, penalize and byline names and the chrome roles of the built-in HTML rules start from Mozilla
// Readability's unlikely candidates, maybe-candidates, class weights, byline names and unlikely roles (Readability.js,
// Copyright (c) 2010 Arc90 Inc, Apache-2.0), with this project's additions. See NOTICE.

using System.Text.RegularExpressions;
using Convert.Core.Cleaning;

namespace Convert.Core.Html;

/// <summary>
/// What class, id and role names say about an element: the HTML rules (<see cref="HtmlRule"/>) compiled into one
/// matcher per use. Matched against <see cref="PageNode.ClassAndId"/>, which is lower-cased. Immutable and thread-safe.
/// </summary>
internal sealed class ClassMarkers
{
    // A user's pattern must not hang a batch: a match that takes longer counts as no match (see NameMatcher).
    private static readonly TimeSpan UserPatternTimeout = TimeSpan.FromMilliseconds(200);

    private readonly NameMatcher? _strip, _keep, _prune, _boost, _penalize, _authorBox, _byline, _kicker, _standfirst, _date, _commentSection;
    private readonly HashSet<string> _chromeRoles;
    private readonly List<(HtmlRule Rule, NameMatcher Names)> _labels;
    private readonly Dictionary<string, HtmlRule> _byId;

    /// <param name="rules">The HTML rules in table order.</param>
    /// <param name="addedRuleIds">The rules a config added: their labels are tried first, and their patterns have a time limit.</param>
    public ClassMarkers(IReadOnlyList<HtmlRule> rules, IReadOnlySet<string> addedRuleIds)
    {
        var timeout = addedRuleIds.Count > 0 ? UserPatternTimeout : Regex.InfiniteMatchTimeout;
        NameMatcher? Union(HtmlMarkerUse use, bool wholeParts = false) =>
            NameMatcher.Create(rules.SelectMany(r => r.NamesFor(use)).ToList(), wholeParts, timeout);

        _strip = Union(HtmlMarkerUse.Strip);
        _keep = Union(HtmlMarkerUse.Keep);
        // Names in a "prune" list are whole name parts: "share" matches "share-row", not "shared-content".
        _prune = Union(HtmlMarkerUse.Prune, wholeParts: true);
        _boost = Union(HtmlMarkerUse.Boost);
        _penalize = Union(HtmlMarkerUse.Penalize);
        _authorBox = Union(HtmlMarkerUse.AuthorBox);
        _byline = Union(HtmlMarkerUse.Byline);
        _kicker = Union(HtmlMarkerUse.Kicker);
        _standfirst = Union(HtmlMarkerUse.Standfirst);
        _date = Union(HtmlMarkerUse.Date);
        _commentSection = Union(HtmlMarkerUse.CommentSection);
        _chromeRoles = rules.SelectMany(r => r.NamesFor(HtmlMarkerUse.Roles)).ToHashSet(StringComparer.Ordinal);
        _labels = [];
        foreach (var rule in rules.OrderBy(r => addedRuleIds.Contains(r.Id) ? 0 : 1))
        {
            if (NameMatcher.Create(rule.NamesFor(HtmlMarkerUse.Label), wholeParts: false, timeout) is { } label)
                _labels.Add((rule, label));
        }
        _byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>The built-in rules compiled.</summary>
    public static ClassMarkers BuiltIn => For(RuleSet.BuiltIn);

    // One compiled table per rule set, built on first use; the rule set itself knows nothing of pages.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleSet, ClassMarkers> Compiled = new();

    /// <summary>The HTML rules of <paramref name="rules"/> compiled for matching (built once per rule set).</summary>
    public static ClassMarkers For(RuleSet rules) =>
        Compiled.GetValue(rules, r => new ClassMarkers(r.HtmlRules, r.AddedHtmlRuleIds));

    /// <summary>Chrome taken out before scoring: a strip name without a keep name, or a chrome role.</summary>
    public bool IsUnlikely(PageNode node)
    {
        var names = MarkerNames(node);
        if (names.Length > 0 && Matches(_strip, names) && !Matches(_keep, names))
            return true;
        return node.Attribute("role") is { } role && _chromeRoles.Contains(role.Trim().ToLowerInvariant());
    }

    /// <summary>Class weight: a boost name adds, a penalize name takes off, each for class and id; itemprop=articleBody adds more.</summary>
    public int Weight(PageNode node)
    {
        var weight = 0;
        if (node.Attribute("class") is { Length: > 0 } classes)
            weight += WeightOf(classes.ToLowerInvariant());
        if (node.Attribute("id") is { Length: > 0 } id)
            weight += WeightOf(id.ToLowerInvariant());
        if (node.Attribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            weight += HtmlHeuristics.Scoring.ArticleBodyItempropWeight;
        return weight;
    }

    private int WeightOf(string names) =>
        (Matches(_penalize, names) ? -HtmlHeuristics.Scoring.ClassNameWeight : 0)
        + (Matches(_boost, names) ? HtmlHeuristics.Scoring.ClassNameWeight : 0);

    /// <summary>A widget inside an article container that is never article text: share rows, related lists, comments...</summary>
    public bool IsWidget(PageNode node) => MarkerNames(node) is { Length: > 0 } names && Matches(_prune, names);

    /// <summary>
    /// True inside a comment section ("comments", "comment-list", "respond", Disqus), where commenters' names and
    /// vcards are never the article's authors.
    /// </summary>
    public bool IsInComments(PageNode node)
    {
        for (var parent = node; parent is not null; parent = parent.Parent)
        {
            if (Matches(_commentSection, parent.ClassAndId))
                return true;
        }
        return false;
    }

    /// <summary>A comment section itself, by its names (not its ancestors').</summary>
    public bool IsCommentSection(PageNode node) => node.ClassAndId.Length > 0 && Matches(_commentSection, node.ClassAndId);

    /// <summary>A section label printed above a headline ("kicker", "eyebrow").</summary>
    public bool IsKicker(PageNode node) => node.ClassAndId.Length > 0 && Matches(_kicker, node.ClassAndId);

    /// <summary>An author box ("about the author").</summary>
    public bool IsAuthorBox(PageNode node) => node.ClassAndId.Length > 0 && Matches(_authorBox, node.ClassAndId);

    /// <summary>A standfirst (dek) by its names.</summary>
    public bool IsStandfirst(PageNode node) => node.ClassAndId.Length > 0 && Matches(_standfirst, node.ClassAndId);

    /// <summary>An element printing a date, by its names ("post-date", "published").</summary>
    public bool IsDateElement(PageNode node) => node.ClassAndId.Length > 0 && Matches(_date, node.ClassAndId);

    /// <summary>An element holding the byline: rel=author, itemprop=author or a byline name.</summary>
    public bool IsBylineElement(PageNode node) =>
        (node.Attribute("rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        || (node.Attribute("itemprop") is { } itemprop && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
        || (node.ClassAndId.Length > 0 && Matches(_byline, node.ClassAndId));

    /// <summary>The first rule whose label names match <paramref name="names"/>, or null.</summary>
    public HtmlRule? LabelFor(string names)
    {
        foreach (var (rule, matcher) in _labels)
        {
            if (matcher.IsMatch(names))
                return rule;
        }
        return null;
    }

    /// <summary>The rule with this id, or null when it is not in the table (disabled).</summary>
    public HtmlRule? Rule(string id) => _byId.GetValueOrDefault(id);

    // An id made from a heading ("sharing-with-a-single-developer") names a section of the article, not a widget.
    private static string MarkerNames(PageNode node)
    {
        var id = node.Attribute("id");
        return id is not null && id.Count(c => c == '-') >= HtmlHeuristics.SectionIdMinHyphens
            ? (node.Attribute("class") ?? "").ToLowerInvariant()
            : node.ClassAndId;
    }

    private static bool Matches(NameMatcher? matcher, string names) => matcher is not null && matcher.IsMatch(names);
}
