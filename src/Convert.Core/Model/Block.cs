namespace Convert.Core.Model;

/// <summary>One block of the article body. The hierarchy is closed: writers switch over these cases.</summary>
public abstract record Block(SourceSpan Source)
{
    /// <summary>The block's text without formatting, as a reader would see it.</summary>
    public abstract string PlainText { get; }

    internal static string Join(IReadOnlyList<Run> runs) => string.Concat(runs.Select(r => r.Text));
}

public sealed record Paragraph(IReadOnlyList<Run> Runs, SourceSpan Source) : Block(Source)
{
    public Paragraph(string text, SourceSpan source) : this([Run.Plain(text)], source) { }
    public override string PlainText => Join(Runs);
}

/// <summary>A section heading; <see cref="Level"/> is 1 to 3 (deeper levels are folded into 3).</summary>
public sealed record Heading(int Level, IReadOnlyList<Run> Runs, SourceSpan Source) : Block(Source)
{
    public Heading(int level, string text, SourceSpan source) : this(level, [Run.Plain(text)], source) { }
    public override string PlainText => Join(Runs);
}

public sealed record ListItem(IReadOnlyList<Run> Runs)
{
    public ListItem(string text) : this([Run.Plain(text)]) { }
    public string PlainText => Block.Join(Runs);
}

public sealed record ListBlock(bool Ordered, IReadOnlyList<ListItem> Items, SourceSpan Source) : Block(Source)
{
    public override string PlainText => string.Join("\n", Items.Select(i => i.PlainText));
}

public sealed record Quote(IReadOnlyList<Run> Runs, SourceSpan Source) : Block(Source)
{
    public Quote(string text, SourceSpan source) : this([Run.Plain(text)], source) { }
    public override string PlainText => Join(Runs);
}
