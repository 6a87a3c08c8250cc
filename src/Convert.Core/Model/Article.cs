namespace Convert.Core.Model;

/// <summary>The document model every reader produces and every writer consumes.</summary>
public sealed record Article
{
    public string? Title { get; init; }
    /// <summary>The standfirst (dek) under the title, when the page has one; not repeated in <see cref="Body"/>.</summary>
    public string? Subtitle { get; init; }
    public IReadOnlyList<Block> Body { get; init; } = [];
    public IReadOnlyList<Author> Authors { get; init; } = [];
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;
    public IReadOnlyList<Removal> Removals { get; init; } = [];
    /// <summary>Clutter-like lines a rule matched but that were kept because of where they stood.</summary>
    public IReadOnlyList<NearMiss> NearMisses { get; init; } = [];
    /// <summary>Things a person should know about this conversion (e.g. an author block that could not be parsed).</summary>
    public IReadOnlyList<Warning> Warnings { get; init; } = [];
    /// <summary>The stream record the article was read from (JSONL input), or null for a file.</summary>
    public RecordKey? Record { get; init; }
}
