using Convert.Core.Model;

namespace Convert.Core;

/// <summary>An article and what reading saw of the input.</summary>
/// <param name="Article">The converted article.</param>
/// <param name="DecodedText">The input as decoded text (with the encoding the reader chose), or null when it was not text.</param>
public sealed record Conversion(Article Article, string? DecodedText);
