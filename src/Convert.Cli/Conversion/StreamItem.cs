using Convert.Core.Model;

namespace Convert.Cli.Conversion;

/// <summary>One article of a stream output (a record of a JSONL input, or a file), or why it has none.</summary>
/// <param name="Label">How messages name it: "crawl.jsonl:17" for a record, the path for a file.</param>
/// <param name="Article">The article to write, or null.</param>
/// <param name="Error">Why there is no article (one line), or null.</param>
/// <param name="Crashed">The error is a bug, not bad input: the run exits 2.</param>
/// <param name="EmptyBody">Converted, but no body text is left.</param>
internal sealed record StreamItem(string Label, Article? Article, string? Error, bool Crashed = false, bool EmptyBody = false)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
