using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Cleaning;

/// <summary>What the rule engine leaves of a scraped text.</summary>
/// <param name="Blocks">The blocks that survived cleaning, in input order.</param>
/// <param name="TailStart">
/// Index into <see cref="Blocks"/> of the first block after an end-of-body marker ("Share.", "Comments are closed.",
/// "About the author"...): from there on it is not body and is handed to the author splitter.
/// Equal to <c>Blocks.Count</c> when no marker was seen.
/// </param>
/// <param name="Removals">Every block or line the rules took out, with the rule that did it.</param>
/// <param name="Metadata">What rules moved into metadata (republication note, tags).</param>
public sealed record CleanedText(
    IReadOnlyList<TextBlock> Blocks,
    int TailStart,
    IReadOnlyList<Removal> Removals,
    ArticleMetadata Metadata)
{
    /// <summary>Things a person should know about the cleaning, such as the safety net undoing it.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Blocks a rule matched but that were kept because of where they stood.</summary>
    public IReadOnlyList<NearMiss> NearMisses { get; init; } = [];
}
