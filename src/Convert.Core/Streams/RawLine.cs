namespace Convert.Core.Streams;

/// <summary>One line of a stream, without its line end.</summary>
/// <param name="Number">The line's number, from 1.</param>
/// <param name="Bytes">The line's bytes, or null when it was longer than the limit (and not kept).</param>
internal sealed record RawLine(long Number, byte[]? Bytes);
