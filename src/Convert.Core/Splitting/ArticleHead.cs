using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>What the top of the text held besides the body: title, standfirst, byline and date lines.</summary>
/// <param name="Title">The title line's text, or null.</param>
/// <param name="Subtitle">The standfirst right under the title, or null.</param>
/// <param name="Byline">The byline, or null.</param>
/// <param name="Published">The publication date as yyyy-MM-dd, or null.</param>
/// <param name="ConsumedBlocks">Indexes of the blocks that are not body (title, byline and date lines).</param>
internal sealed record ArticleHead(string? Title, string? Subtitle, Byline? Byline, string? Published, IReadOnlySet<int> ConsumedBlocks)
{
    /// <summary>How many blocks after the title are searched for a byline or date.</summary>
    public const int SearchWindow = 4;

    /// <summary>Reads title, byline and date lines from the first blocks, stopping at the first body paragraph.</summary>
    /// <remarks>
    /// A one-sentence standfirst right under the title, with a byline or date below it, becomes the subtitle and
    /// leaves the body.
    /// </remarks>
    /// <param name="blocks">All blocks of the text.</param>
    /// <param name="end">Where the body ends (the tail start): the head is never looked for beyond it.</param>
    /// <param name="detectTitle">False when the title is known from elsewhere.</param>
    public static ArticleHead Read(IReadOnlyList<SourceBlock> blocks, int end, bool detectTitle = true)
    {
        var consumed = new HashSet<int>();
        string? title = null;
        var start = 0;
        if (detectTitle && end > 1 && TitleDetector.IsTitle(blocks))
        {
            title = blocks[0].Text.Trim();
            consumed.Add(0);
            start = 1;
        }
        Byline? byline = null;
        string? published = null;
        int? standfirst = null;
        for (var i = start; i < end && i < start + SearchWindow; i++)
        {
            if (byline is null && BareNameByline(blocks, i, end) is { } bare)
            {
                byline = bare;
            }
            else if (!TryReadHeadBlock(blocks[i], ref byline, ref published))
            {
                if (i == start && title is not null && IsStandfirst(blocks[i]))
                {
                    standfirst = i;
                }
                else if (LooksLikeBodyParagraph(blocks[i].Text))
                {
                    break;
                }
                continue;
            }
            consumed.Add(i);
        }
        // Only a byline or date line below it proves the sentence is a standfirst and not a short first paragraph.
        string? subtitle = null;
        if (standfirst is { } index && consumed.Any(c => c > index))
        {
            subtitle = blocks[index].Text.Trim();
            consumed.Add(index);
        }
        return new ArticleHead(title, subtitle, byline, published ?? byline?.Published, consumed);
    }

    // A block is a head block when each of its lines is a byline or a date line.
    private static bool TryReadHeadBlock(SourceBlock block, ref Byline? byline, ref string? published)
    {
        Byline? foundByline = null;
        string? foundDate = null;
        foreach (var line in block.Lines.Select(l => l.Text))
        {
            if (foundByline is null && byline is null && BylineParser.TryParse(line) is { } parsed)
            {
                foundByline = parsed;
            }
            else if (foundDate is null && DateParser.ParseDateLine(line) is { } date)
            {
                foundDate = date;
            }
            else
            {
                return false;
            }
        }
        byline ??= foundByline;
        published ??= foundDate ?? foundByline?.Published;
        return true;
    }

    /// <summary>
    /// A name alone on a line next to a date line ("Jane Doe" above "March 3, 2025") is a byline without "By".
    /// Without the date beside it, a name-like line could as well be a heading, so it is not taken.
    /// </summary>
    private static Byline? BareNameByline(IReadOnlyList<SourceBlock> blocks, int index, int end)
    {
        if (blocks[index].Lines.Count != 1)
        {
            return null;
        }
        var text = blocks[index].Text.Trim();
        var dateBefore = index > 0 && DateParser.ParseDateLine(blocks[index - 1].Text) is not null;
        var dateAfter = index + 1 < end && DateParser.ParseDateLine(blocks[index + 1].Text) is not null;
        if (!dateBefore && !dateAfter)
        {
            return null;
        }
        if (NameLine.TryParse(text) is { } person)
        {
            return new Byline(text, [person], null, null);
        }
        // "Jane Doe, Staff Writer": read as the byline "By Jane Doe, Staff Writer" would be.
        return BylineParser.TryParse("By " + text) is { Names.Count: > 0 } parsed ? parsed with { Raw = text } : null;
    }

    private static bool IsStandfirst(SourceBlock block) =>
        block.Lines.Count == 1 && block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxStandfirstWords
        && block.Text.IndexOf(". ", StringComparison.Ordinal) < 0;

    private const int MaxStandfirstWords = 35;

    private static bool LooksLikeBodyParagraph(string text) =>
        text.Length > 120 || text.TrimEnd().EndsWith('.') || text.Split(' ').Length > 20;
}
