namespace Convert.Core.Model;

/// <summary>
/// A stretch of inline text with one formatting. Blocks hold a flat list of runs rather than a tree:
/// every writer (Word, Markdown, JSON) needs runs, and scraped pages rarely nest emphasis meaningfully.
/// A "\n" inside <see cref="Text"/> is a line break within the block (HTML's &lt;br&gt;), not a new paragraph.
/// </summary>
/// <param name="Text">The text; may contain "\n" line breaks.</param>
/// <param name="Bold">Strong emphasis.</param>
/// <param name="Italic">Emphasis.</param>
/// <param name="LinkUrl">The absolute URL the text links to, or null.</param>
/// <param name="Language">BCP 47 tag when the span's language differs from the article's (HTML lang="..."), else null.</param>
/// <param name="Position">Subscript or superscript (HTML's &lt;sub&gt;, &lt;sup&gt;): H₂O, E=mc².</param>
/// <param name="Code">Inline code (HTML's &lt;code&gt;, &lt;kbd&gt;, &lt;samp&gt;), printed in a monospace font.</param>
public sealed record Run(
    string Text, bool Bold = false, bool Italic = false, string? LinkUrl = null, string? Language = null,
    RunPosition Position = RunPosition.Baseline, bool Code = false)
{
    public static Run Plain(string text) => new(text);
}

/// <summary>Where a run sits against the line.</summary>
public enum RunPosition
{
    Baseline,
    Subscript,
    Superscript,
}
