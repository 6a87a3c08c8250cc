using Convert.Core.Model;

namespace Convert.Tests.Splitting;

/// <summary>
/// One-line descriptions of model blocks, so tests can compare whole blocks exactly
/// (the model's records hold lists, which compare by reference).
/// </summary>
internal static class BlockDump
{
    public static string Of(Block block) => block switch
    {
        Paragraph p => $"P {Span(p)} {p.PlainText}",
        Heading h => $"H{h.Level} {Span(h)} {h.PlainText}",
        Quote q => $"Q {Span(q)} {q.PlainText}",
        ListBlock l => $"{(l.Ordered ? "OL" : "UL")} {Span(l)} {string.Join(" | ", l.Items.Select(i => i.PlainText))}",
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    public static IReadOnlyList<string> Of(IEnumerable<Block> blocks) => blocks.Select(Of).ToList();

    private static string Span(Block block) => $"{block.Source.StartLine}-{block.Source.EndLine}";
}
