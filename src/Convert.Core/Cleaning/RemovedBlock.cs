using Convert.Core.Model;

namespace Convert.Core.Cleaning;

/// <summary>A removal and the position (<see cref="SourceBlock.Ordinal"/>) of the block it was taken from.</summary>
public sealed record RemovedBlock(Removal Removal, int Ordinal);
