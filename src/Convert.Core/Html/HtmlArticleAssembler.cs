using Convert.Core.Cleaning;
using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Splitting;

namespace Convert.Core.Html;

/// <summary>
/// Runs the text rules and the author splitter over blocks built from HTML. Each block is handed over as a text block
/// numbered by its position, so whatever the text stages keep can be mapped back to the rich block and its element,
/// and the splitter's warnings count blocks, not lines.
/// </summary>
internal static class HtmlArticleAssembler
{
    public static Article Assemble(IReadOnlyList<HtmlBlock> body, IReadOnlyList<HtmlBlock> authorBoxes, RuleEngine engine, SplitOptions options)
    {
        var all = body.Concat(authorBoxes).ToList();
        var texts = new List<TextBlock>(all.Count);
        var byNumber = new Dictionary<int, HtmlBlock>(all.Count);
        var firstBoxNumber = int.MaxValue;
        for (var i = 0; i < all.Count; i++)
        {
            var lines = all[i].Lines;
            if (lines.Count == 0)
                continue;
            var number = i + 1;
            texts.Add(new TextBlock(lines, number, number));
            byNumber[number] = all[i];
            if (i >= body.Count)
                firstBoxNumber = Math.Min(firstBoxNumber, number);
        }

        var cleaned = engine.Clean(texts);
        // Author boxes are after the body whatever the rules said: the tail starts at the first one at the latest.
        var firstBox = cleaned.Blocks.ToList().FindIndex(b => b.StartLine >= firstBoxNumber);
        if (firstBox >= 0 && firstBox < cleaned.TailStart)
            cleaned = cleaned with { TailStart = firstBox };

        // A block the cleaning split (a rule matched one line of a multi-line block) starts at a number no HTML block
        // has; it keeps its remaining lines as a paragraph from the block it came from.
        var article = ArticleSplitter.Split(cleaned, options with { SourceUnit = "block" }, blocks => blocks
            .Select(b => byNumber.TryGetValue(b.StartLine, out var html) ? html.Block
                : new Paragraph(string.Join(' ', b.Lines), SourceOf(b.StartLine, byNumber)))
            .ToList());
        return article with
        {
            Removals = article.Removals.Select(r => r with { Source = SourceOf(r.Source, byNumber) }).ToList(),
            NearMisses = article.NearMisses.Select(m => m with { Source = SourceOf(m.Source, byNumber) }).ToList(),
        };
    }

    private static SourceSpan SourceOf(SourceSpan numbered, Dictionary<int, HtmlBlock> byNumber) =>
        byNumber.TryGetValue(numbered.StartLine, out var block) ? block.Block.Source : numbered;

    private static SourceSpan SourceOf(int number, Dictionary<int, HtmlBlock> byNumber)
    {
        for (var n = number; n > 0; n--)
        {
            if (byNumber.TryGetValue(n, out var block))
                return block.Block.Source;
        }
        return SourceSpan.None;
    }
}
