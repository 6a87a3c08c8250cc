using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>What the author section parser made of a run of blocks.</summary>
/// <param name="Authors">The authors found, in page order.</param>
/// <param name="NotAuthorBlocks">Blocks that are not author material and belong back in the body.</param>
/// <param name="Warnings">What a person should check.</param>
internal sealed record AuthorSection(
    IReadOnlyList<AuthorDraft> Authors,
    IReadOnlyList<SourceBlock> NotAuthorBlocks,
    IReadOnlyList<Warning> Warnings);
