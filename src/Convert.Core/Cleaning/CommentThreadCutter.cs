using Convert.Core.Model;

namespace Convert.Core.Cleaning;

/// <summary>
/// Removes the comment thread after an article as a whole. The thread opens at the first match of a rule marked
/// <see cref="Rule.OpensThread"/> ("3 Comments", "Leave a Reply", "Jane says: March 3, 2025 at 10:14 am") or at a
/// two-line comment header (<see cref="CommentShapes"/>) once the body has started; from there on every line goes to
/// the removals with category "comments": comment texts, commenters' names and dates, reply links, the reply form.
/// Author blocks before the thread stay in the tail for the author splitter; nothing after it can become an author.
/// </summary>
/// <remarks>
/// An opener must look like the start of a thread, so that a comment counter under the headline or a quote in the
/// body never cuts the article: a counter or form heading is followed by a comment header within two body-like
/// blocks (or by no more than two), and a bare name-over-date header is followed by more comment material.
/// </remarks>
internal static class CommentThreadCutter
{
    /// <summary>The rule whose id the two-line headers found by shape are reported under; removing it turns them off.</summary>
    public const string HeaderRuleId = "comment-header";

    public const string Category = "comments";

    private const int MaxBodyBlocksBeforeHeader = 2;
    private const int ConfirmWindow = 6;
    // Measured on the WCXB dev dumps: comment threads under articles held up to half the article's words, the posts
    // after a forum thread's first post 0.9 times and more.
    private const double ThreadPageShare = 0.8;
    // Inside a thread a star row or a "3 hours ago" is part of a comment.
    private static readonly HashSet<string> ThreadWidgetRules = new(StringComparer.Ordinal) { "rating-widget", "relative-time" };

    /// <param name="cleaned">What the rules left.</param>
    /// <param name="rules">The rules, for their thread openers.</param>
    /// <param name="pageMayBeThread">
    /// The text is a whole page (a dump), which may be a forum thread: a thread with at least
    /// <see cref="ThreadPageShare"/> times the words before it is then the page's content and stays.
    /// </param>
    public static CleanedText Cut(CleanedText cleaned, RuleSet rules, bool pageMayBeThread = false)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        ArgumentNullException.ThrowIfNull(rules);
        var openers = rules.Rules.Where(r => r.OpensThread).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var blocks = cleaned.Blocks;
        var firstBody = FirstBodyLike(blocks);
        if (openers.Count == 0 || firstBody < 0)
            return cleaned;

        var bodyStart = blocks[firstBody].Ordinal;
        var restored = RestoreHeadLines(cleaned, bodyStart);
        if (!ReferenceEquals(restored, cleaned))
        {
            cleaned = restored;
            blocks = cleaned.Blocks;
            firstBody = FirstBodyLike(blocks);
        }
        var shapes = openers.Contains(HeaderRuleId) ? FindShapeHeaders(blocks, firstBody) : [];
        var candidates = cleaned.Removed
            .Where(r => r.Ordinal > bodyStart && openers.Contains(r.Removal.RuleId))
            .Select(r => new Opener(new Position(r.Ordinal, -1), r.Removal.RuleId, r.Removal.RuleId == HeaderRuleId ? OpenerKind.Header : OpenerKind.Marker))
            .Concat(shapes)
            .OrderBy(o => o.At)
            .ToList();
        var headers = candidates.Where(o => o.Kind is OpenerKind.Header or OpenerKind.NameOverDate).Select(o => o.At).ToList();
        foreach (var opener in candidates)
        {
            if (!IsThreadStart(opener, headers, cleaned))
                continue;
            return pageMayBeThread && IsThePage(opener, cleaned) ? cleaned : Remove(cleaned, opener, rules);
        }
        return cleaned;
    }

    /// <summary>The "thread" outweighs what stands before it: a forum's posts after the first one, not comments.</summary>
    private static bool IsThePage(Opener opener, CleanedText cleaned)
    {
        long before = 0, after = 0;
        foreach (var block in cleaned.Blocks)
        {
            for (var l = 0; l < block.Lines.Count; l++)
            {
                var words = LineKey.CountWords(block.Line(l));
                if (new Position(block.Ordinal, l) < opener.At)
                    before += words;
                else
                    after += words;
            }
        }
        return after >= before * ThreadPageShare;
    }

    private static int FirstBodyLike(IReadOnlyList<SourceBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (BlockShape.IsBodyLike(blocks[i]))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// Above the body, a line shaped like a comment header ("Jane Doe | March 3, 2025 at 10:14 am") is a byline or a
    /// date line, never a comment: it goes back to the blocks for the splitter to read.
    /// </summary>
    private static CleanedText RestoreHeadLines(CleanedText cleaned, int bodyStart)
    {
        var restored = cleaned.Removed
            .Where(r => r.Ordinal < bodyStart)
            .GroupBy(r => r.Ordinal)
            .Where(g => g.All(r => r.Removal.RuleId == HeaderRuleId))
            .Select(g => new SourceBlock(g.Select(r => new SourceLine(r.Removal.Text, r.Removal.Source)).ToList(),
                SourcePlaces.Spanning(g.First().Removal.Source, g.Last().Removal.Source)) { Ordinal = g.Key })
            .ToList();
        if (restored.Count == 0)
            return cleaned;
        var ordinals = restored.Select(b => b.Ordinal).ToHashSet();
        var blocks = cleaned.Blocks.Concat(restored).OrderBy(b => b.Ordinal).ToList();
        var tailStart = cleaned.TailStart + restored.Count(b => cleaned.TailStart >= cleaned.Blocks.Count || b.Ordinal < cleaned.Blocks[cleaned.TailStart].Ordinal);
        return cleaned with
        {
            Blocks = blocks,
            TailStart = tailStart,
            Removed = cleaned.Removed.Where(r => !ordinals.Contains(r.Ordinal) || r.Removal.RuleId != HeaderRuleId).ToList(),
        };
    }

    /// <summary>"Name says:" over a date and time (certain), or a name over a date and time with text after it.</summary>
    private static List<Opener> FindShapeHeaders(IReadOnlyList<SourceBlock> blocks, int firstBody)
    {
        var lines = new List<(Position At, string Text)>();
        for (var b = firstBody + 1; b < blocks.Count; b++)
        {
            for (var l = 0; l < blocks[b].Lines.Count; l++)
                lines.Add((new Position(blocks[b].Ordinal, l), blocks[b].Line(l)));
        }
        var found = new List<Opener>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!CommentShapes.IsDateTime(lines[i + 1].Text))
                continue;
            if (CommentShapes.IsSaysLine(lines[i].Text))
                found.Add(new Opener(lines[i].At, HeaderRuleId, OpenerKind.Header));
            else if (i + 2 < lines.Count && CommentShapes.IsNameLine(lines[i].Text))
                found.Add(new Opener(lines[i].At, HeaderRuleId, OpenerKind.NameOverDate));
        }
        return found;
    }

    private static bool IsThreadStart(Opener opener, List<Position> headers, CleanedText cleaned)
    {
        switch (opener.Kind)
        {
            case OpenerKind.Header:
                return true;
            case OpenerKind.NameOverDate:
                var window = opener.At.Ordinal + ConfirmWindow;
                return headers.Any(h => h > opener.At && h.Ordinal <= window)
                    || cleaned.Removed.Any(r => r.Removal.Category == Category && r.Ordinal > opener.At.Ordinal && r.Ordinal <= window)
                    || !cleaned.Blocks.Any(b => b.Ordinal > opener.At.Ordinal && BlockShape.IsBodyLike(b));
            default:
                var firstHeader = headers.Where(h => h > opener.At).Select(h => (Position?)h).FirstOrDefault();
                var bodyBlocks = cleaned.Blocks.Count(b => b.Ordinal > opener.At.Ordinal
                    && (firstHeader is not { } h || b.Ordinal < h.Ordinal) && BlockShape.IsBodyLike(b));
                return bodyBlocks <= MaxBodyBlocksBeforeHeader;
        }
    }

    private static CleanedText Remove(CleanedText cleaned, Opener opener, RuleSet rules)
    {
        var start = opener.At;
        // A review led by its star row: the stars belong to the thread.
        var firstRemoved = start.Ordinal;
        while (opener.Kind != OpenerKind.Marker && start.Line <= 0
               && cleaned.Removed.Where(r => r.Ordinal == firstRemoved - 1).ToList() is { Count: > 0 } before
               && before.All(r => ThreadWidgetRules.Contains(r.Removal.RuleId)))
            firstRemoved--;

        var survivors = new List<SourceBlock>();
        var taken = new List<RemovedBlock>();
        foreach (var block in cleaned.Blocks)
        {
            var keep = block.Ordinal < start.Ordinal ? block.Lines.Count
                : block.Ordinal == start.Ordinal ? Math.Max(start.Line, 0) : 0;
            if (keep > 0)
                survivors.Add(keep == block.Lines.Count ? block : block.Slice(0, keep));
            foreach (var line in block.Lines.Skip(keep))
                taken.Add(new RemovedBlock(new Removal(opener.RuleId, Category, line.Text, line.Source), block.Ordinal));
        }

        var metadata = cleaned.Metadata;
        if (survivors.Count <= cleaned.TailStart)
            metadata = TakeNewEdge(survivors, cleaned.NearMisses, rules, taken, metadata);

        var removed = cleaned.Removed
            .Select(r => r.Ordinal >= firstRemoved && ThreadWidgetRules.Contains(r.Removal.RuleId)
                ? r with { Removal = r.Removal with { RuleId = opener.RuleId, Category = Category } }
                : r)
            .Concat(taken)
            .OrderBy(r => r.Ordinal)
            .ToList();
        var takenSources = taken.Select(t => t.Removal.Source).ToHashSet();
        return cleaned with
        {
            Blocks = survivors,
            TailStart = Math.Min(cleaned.TailStart, survivors.Count),
            Removed = removed,
            Metadata = metadata,
            NearMisses = cleaned.NearMisses.Where(m => !takenSources.Contains(m.Source)).ToList(),
        };
    }

    /// <summary>
    /// The thread ends the body, so the lines right above it that a rule kept only for standing between body
    /// paragraphs ("Posted in Local News", "Share") are now after the body, and go as the engine would have taken them.
    /// </summary>
    private static ArticleMetadata TakeNewEdge(List<SourceBlock> survivors, IReadOnlyList<NearMiss> nearMisses, RuleSet rules,
        List<RemovedBlock> taken, ArticleMetadata metadata)
    {
        var collector = new MetadataCollector();
        var any = false;
        while (survivors.Count > 0 && survivors[^1] is var block
               && nearMisses.Any(m => m.Source == block.Source && m.Text == block.Text)
               && BlockMatch.Find(rules, block) is { } match)
        {
            foreach (var line in match.Lines)
            {
                taken.Add(new RemovedBlock(new Removal(line.Rule.Id, line.Rule.Category, line.Text, line.Source), block.Ordinal));
                collector.Add(line);
            }
            survivors.RemoveAt(survivors.Count - 1);
            any = true;
        }
        if (!any)
            return metadata;
        var tags = collector.Build().Tags;
        return metadata with { Tags = [.. metadata.Tags, .. tags.Where(t => !metadata.Tags.Contains(t, StringComparer.OrdinalIgnoreCase))] };
    }

    private enum OpenerKind
    {
        /// <summary>A comment counter, a reply-form heading or another rule's thread marker.</summary>
        Marker,
        /// <summary>A comment header with "says:" and a date and time.</summary>
        Header,
        /// <summary>A commenter's name over a date and time.</summary>
        NameOverDate,
    }

    private sealed record Opener(Position At, string RuleId, OpenerKind Kind);

    /// <summary>A block's position and a line in it (-1: the whole block, before its first line).</summary>
    private readonly record struct Position(int Ordinal, int Line) : IComparable<Position>
    {
        public int CompareTo(Position other) => Ordinal != other.Ordinal ? Ordinal.CompareTo(other.Ordinal) : Line.CompareTo(other.Line);

        public static bool operator >(Position a, Position b) => a.CompareTo(b) > 0;

        public static bool operator <(Position a, Position b) => a.CompareTo(b) < 0;

        public static bool operator >=(Position a, Position b) => a.CompareTo(b) >= 0;

        public static bool operator <=(Position a, Position b) => a.CompareTo(b) <= 0;
    }
}
