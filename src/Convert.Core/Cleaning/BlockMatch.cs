using System.Text.RegularExpressions;
using Convert.Core.Model;

namespace Convert.Core.Cleaning;

/// <summary>A rule that matched one line of a block, or the whole block.</summary>
/// <param name="Rule">The first rule in order that matched.</param>
/// <param name="Text">The matched text as written.</param>
/// <param name="Source">The matched line(s).</param>
/// <param name="Groups">The regex match for pattern rules (named groups such as "terms" or "source"), else null.</param>
internal sealed record LineMatch(Rule Rule, string Text, SourceSpan Source, Match? Groups);

/// <summary>
/// A block every line of which matched some rule (a candidate for removal). Whether it is removed depends on
/// position: see <see cref="RuleEngine"/>.
/// </summary>
internal sealed record BlockMatch(IReadOnlyList<LineMatch> Lines)
{
    /// <summary>Finds the rules matching <paramref name="block"/>; null unless the whole block, or each of its lines, matched.</summary>
    public static BlockMatch? Find(RuleSet rules, SourceBlock block)
    {
        if (block.Lines.Count > 1)
        {
            var whole = FirstMatch(rules, block.Text, block.Source, wholeBlockOnly: true);
            if (whole is not null)
                return new BlockMatch([whole]);
        }

        var lines = new LineMatch[block.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = block.Lines[i];
            var match = FirstMatch(rules, line.Text, line.Source, wholeBlockOnly: false);
            if (match is null)
                return null;
            lines[i] = match;
        }
        return new BlockMatch(lines);
    }

    /// <summary>True when at least one line is a Stop rule's match.</summary>
    public bool Stops => Lines.Any(l => l.Rule.Action == RuleAction.Stop);

    /// <summary>The rule whose follow-up applies: the last line's (a label is the last line before its list).</summary>
    public Rule Last => Lines[^1].Rule;

    /// <summary>The first rule matching <paramref name="text"/> taken as a block of its own, or null; position is not considered.</summary>
    internal static Rule? FirstRule(RuleSet rules, string text) =>
        FirstMatch(rules, text, SourceSpan.None, wholeBlockOnly: false)?.Rule;

    private static LineMatch? FirstMatch(RuleSet rules, string text, SourceSpan source, bool wholeBlockOnly)
    {
        var words = LineKey.CountWords(text);
        if (words > rules.LongestMatch)
            return null;
        var key = LineKey.For(text);
        foreach (var rule in rules.Rules)
        {
            // A single line is its own block, so block rules try it too; a multi-line block is tried line by line
            // only with line rules.
            if (wholeBlockOnly && !rule.Matcher.MatchesWholeBlock)
                continue;
            var groups = rule.Matcher.TryMatch(text, key, words, out var matched);
            if (matched)
                return new LineMatch(rule, text, source, groups);
        }
        return null;
    }
}
