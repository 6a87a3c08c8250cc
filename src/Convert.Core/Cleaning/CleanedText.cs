using Convert.Core.Model;

namespace Convert.Core.Cleaning;

/// <summary>What the rule engine leaves of the source blocks.</summary>
/// <param name="Blocks">The blocks that survived cleaning, in input order.</param>
/// <param name="TailStart">
/// Index into <see cref="Blocks"/> of the first block after an end-of-body marker ("Share.", "Comments are closed.",
/// "About the author"...): from there on it is not body and is handed to the author splitter.
/// Equal to <c>Blocks.Count</c> when no marker was seen.
/// </param>
/// <param name="Removed">Every block or line the rules took out, with the rule that did it and where it stood.</param>
/// <param name="Metadata">What rules moved into metadata (republication note, tags).</param>
public sealed record CleanedText(
    IReadOnlyList<SourceBlock> Blocks,
    int TailStart,
    IReadOnlyList<RemovedBlock> Removed,
    ArticleMetadata Metadata)
{
    /// <summary>The removals in input order.</summary>
    public IReadOnlyList<Removal> Removals => Removed.Select(r => r.Removal).ToList();

    /// <summary>Things a person should know about the cleaning, such as the safety net undoing it.</summary>
    public IReadOnlyList<Warning> Warnings { get; init; } = [];

    /// <summary>Blocks a rule matched but that were kept because of where they stood.</summary>
    public IReadOnlyList<NearMiss> NearMisses { get; init; } = [];
}
