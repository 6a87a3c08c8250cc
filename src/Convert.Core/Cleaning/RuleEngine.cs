using Convert.Core.Model;

namespace Convert.Core.Cleaning;

/// <summary>
/// Applies a <see cref="RuleSet"/> to scraped blocks. Position decides what a match means:
/// <list type="bullet">
/// <item>The body starts at the first body-like block (prose that no rule matches); before it is the head zone.</item>
/// <item>Once the body has started, the first Stop match ends it: later blocks are the tail (<see cref="CleanedText.TailStart"/>).</item>
/// <item>Weak rules fire only in the head zone, after the body (after a stop or the last body-like block), or next to
/// another match; alone between body paragraphs ("Print" as a recipe step) they stay.</item>
/// <item>A block of several lines is removed only when every line matches.</item>
/// </list>
/// If the rules would leave less than a seventh of a long text, nothing is removed (a rule is surely wrong).
/// The engine is immutable and thread-safe.
/// </summary>
public sealed class RuleEngine(RuleSet rules)
{
    private const int SafetyNetMinChars = 1000;
    private const int SafetyNetKeepDivisor = 7;
    private const int MaxFollowBlocks = 15;

    /// <summary>The rules this engine applies.</summary>
    public RuleSet Rules { get; } = rules;

    /// <summary>Cleans <paramref name="blocks"/>; the result keeps surviving blocks in input order.</summary>
    public CleanedText Clean(IReadOnlyList<SourceBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var matches = new BlockMatch?[blocks.Count];
        int firstBody = blocks.Count, lastBody = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            matches[i] = BlockMatch.Find(Rules, blocks[i]);
            if (matches[i] is null && BlockShape.IsBodyLike(blocks[i]))
            {
                firstBody = Math.Min(firstBody, i);
                lastBody = i;
            }
        }

        var survivors = new List<SourceBlock>(blocks.Count);
        var removals = new List<RemovedBlock>();
        var metadata = new MetadataCollector();
        var nearMisses = new List<NearMiss>();
        var tailStart = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var afterBody = tailStart >= 0 || i > lastBody;
            var match = matches[i];
            var context = new MatchContext(InHead: i < firstBody, afterBody, NextToClutter(i, matches), BeforeShortLine(i, blocks, matches));
            if (match is null || !Fires(match, context))
            {
                if (match is not null)
                    nearMisses.Add(NearMissOf(match, context, blocks[i]));
                survivors.Add(blocks[i]);
                continue;
            }

            foreach (var line in match.Lines)
            {
                removals.Add(new RemovedBlock(new Removal(line.Rule.Id, line.Rule.Category, line.Text, line.Source), blocks[i].Ordinal));
                metadata.Add(line);
            }
            if (match.Stops && i >= firstBody && tailStart < 0 && !context.FiresOnlyBeforeShortLine(match))
                tailStart = survivors.Count;
            i += TakeFollowing(match, blocks, matches, i + 1, removals, metadata);
        }

        if (RemovedAlmostEverything(blocks, survivors))
        {
            return new CleanedText(blocks, blocks.Count, [], ArticleMetadata.Empty)
            {
                Warnings = [new Warning(WarningCodes.CleaningUndone, $"The clutter rules would have removed {removals.Count} lines, nearly all of the text, so nothing was removed.")],
            };
        }

        return new CleanedText(survivors, tailStart >= 0 ? tailStart : survivors.Count, removals, metadata.Build())
        {
            NearMisses = nearMisses,
        };
    }

    private static NearMiss NearMissOf(BlockMatch match, MatchContext context, SourceBlock block)
    {
        var line = match.Lines.FirstOrDefault(l => !Fires(new BlockMatch([l]), context)) ?? match.Lines[0];
        var reason = line.Rule.Weak && !context.AllowsWeak
            ? "a weak rule does not fire between body paragraphs"
            : line.Rule.Scope == RuleScope.Tail
                ? "the rule fires only after the body"
                : "the rule fires only before or after the body";
        return new NearMiss(line.Rule.Id, block.Text, block.Source, reason);
    }

    private static bool Fires(BlockMatch match, MatchContext context)
    {
        foreach (var line in match.Lines)
        {
            var rule = line.Rule;
            var inScope = rule.Scope switch
            {
                RuleScope.Edges => context.InHead || context.AfterBody,
                RuleScope.Tail => context.AfterBody && !context.InHead,
                _ => true,
            };
            if (!inScope || (rule.Weak && !context.AllowsWeak))
                return false;
        }
        return true;
    }

    private static bool NextToClutter(int index, BlockMatch?[] matches) =>
        (index > 0 && matches[index - 1] is not null) || (index + 1 < matches.Length && matches[index + 1] is not null);

    // "Share." between the last paragraph and an author's name line: a lone widget word before a short line is
    // clutter, but it is not trusted to end the body (the short line may be a section heading).
    private static bool BeforeShortLine(int index, IReadOnlyList<SourceBlock> blocks, BlockMatch?[] matches) =>
        index + 1 < blocks.Count && matches[index + 1] is null && blocks[index].Lines.Count == 1
        && BlockShape.IsHeadlineLike(blocks[index + 1]);

    /// <summary>Where a match stands, which decides whether weak rules may fire.</summary>
    private readonly record struct MatchContext(bool InHead, bool AfterBody, bool NextToClutter, bool BeforeShortLine)
    {
        public bool AllowsWeak => InHead || AfterBody || NextToClutter || BeforeShortLine;

        public bool FiresOnlyBeforeShortLine(BlockMatch match) =>
            match.Lines.Any(l => l.Rule.Weak) && !(InHead || AfterBody || NextToClutter);
    }

    /// <summary>Removes the blocks a rule takes along after its match; returns how many were taken.</summary>
    private static int TakeFollowing(BlockMatch match, IReadOnlyList<SourceBlock> blocks, BlockMatch?[] matches, int start,
        List<RemovedBlock> removals, MetadataCollector metadata)
    {
        var rule = match.Last;
        var limit = rule.Follow switch
        {
            RuleFollow.Headline => 1,
            RuleFollow.Headlines => MaxFollowBlocks,
            RuleFollow.Terms when !MetadataCollector.HasTerms(match.Lines[^1]) => MaxFollowBlocks,
            _ => 0,
        };
        var taken = 0;
        while (taken < limit && start + taken < blocks.Count && matches[start + taken] is null)
        {
            var block = blocks[start + taken];
            var fits = rule.Follow == RuleFollow.Terms ? BlockShape.IsTermList(block) : BlockShape.IsHeadlineLike(block);
            if (!fits)
                break;
            removals.Add(new RemovedBlock(new Removal(rule.Id, rule.Category, block.Text, block.Source), block.Ordinal));
            if (rule.Follow == RuleFollow.Terms && rule.Extract == RuleExtract.Tags)
            {
                foreach (var line in block.Lines.Select(l => l.Text))
                    metadata.AddTerms(line);
            }
            taken++;
        }
        return taken;
    }

    private static bool RemovedAlmostEverything(IReadOnlyList<SourceBlock> blocks, List<SourceBlock> survivors)
    {
        var total = blocks.Sum(b => b.Text.Length);
        return total >= SafetyNetMinChars && survivors.Sum(b => b.Text.Length) * SafetyNetKeepDivisor < total;
    }
}
