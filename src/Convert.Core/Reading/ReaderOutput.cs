using Convert.Core.Model;

namespace Convert.Core.Reading;

/// <summary>What a reader gives the pipeline: source blocks to clean and split, or an article that is already finished.</summary>
public abstract record ReaderOutput
{
    /// <summary>What reading wants a person to know (an encoding fallback...).</summary>
    public IReadOnlyList<Warning> Warnings { get; init; } = [];

    /// <summary>The input as decoded text, for checks that look at the characters (mojibake); null when not text.</summary>
    public string? DecodedText { get; init; }

    /// <summary>The stream record this output was read from (JSONL input), carried into the article; null for a file.</summary>
    public RecordKey? Record { get; init; }
}

/// <summary>A scraped text or a page read into source blocks, with what the reader learnt around them.</summary>
/// <param name="Blocks">The blocks in input order; <see cref="SourceBlock.Ordinal"/> is each one's index.</param>
public sealed record SourceDocument(IReadOnlyList<SourceBlock> Blocks) : ReaderOutput
{
    public DocumentFacts Facts { get; init; } = DocumentFacts.None;

    /// <summary>
    /// True when the blocks were found inside a whole-page text dump: the page may itself be a thread (a forum), so a
    /// "comment thread" larger than what stands before it is the page's content, not comments under an article.
    /// </summary>
    public bool FromPageDump { get; init; }

    /// <summary>Lines outside the blocks where the article's date and byline may stand (a page dump's byline row), first first.</summary>
    public IReadOnlyList<string> HeadLines { get; init; } = [];

    /// <summary>What the reader itself took out before the rules ran (a page's widgets and images), with why.</summary>
    public IReadOnlyList<Removal> Removals { get; init; } = [];

    /// <summary>
    /// The position of the first block that is author material whatever the rules say (an HTML author box), or null.
    /// The body ends there at the latest.
    /// </summary>
    public int? AuthorMaterialStart { get; init; }
}

/// <summary>An article read as it is (the tool's own JSON): it is not cleaned or split again.</summary>
public sealed record FinishedArticle(Article Article) : ReaderOutput;
