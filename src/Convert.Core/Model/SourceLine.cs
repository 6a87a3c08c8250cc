
namespace Convert.Core.Model;

/// <summary>One line of a source block with where it came from: a line number of scraped text, or an element of a page.</summary>
/// <param name="Text">The line, trimmed and with odd spaces normalised; never empty.</param>
/// <param name="Source">The line's own source (for HTML, the element and its line in the page).</param>
public sealed record SourceLine(string Text, SourceSpan Source);
