namespace Convert.Core.Model;

/// <summary>
/// A stretch of inline text with one formatting. Blocks hold a flat list of runs rather than a tree:
/// every writer (Word, Markdown, JSON) needs runs, and scraped pages rarely nest emphasis meaningfully.
/// </summary>
public sealed record Run(string Text, bool Bold = false, bool Italic = false, string? LinkUrl = null)
{
    public static Run Plain(string text) => new(text);
}
