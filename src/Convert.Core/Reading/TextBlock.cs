namespace Convert.Core.Reading;

/// <summary>
/// A block of scraped text as the reader found it: consecutive lines that belong together
/// (a paragraph, or a short line standing alone such as "Share.").
/// </summary>
/// <param name="Lines">The block's lines, trimmed and with odd spaces normalised; never empty.</param>
/// <param name="StartLine">1-based line number of the first line in the input.</param>
/// <param name="EndLine">1-based line number of the last line in the input.</param>
public sealed record TextBlock(IReadOnlyList<string> Lines, int StartLine, int EndLine)
{
    /// <summary>The lines joined by single spaces: a wrapped paragraph reads as one.</summary>
    public string Text { get; } = string.Join(" ", Lines);

    public Model.SourceSpan Source => new(StartLine, EndLine);
}
