using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>
/// Turns content elements into body blocks: paragraphs, headings, lists (nested items with their level), quotes,
/// code, tables (caption, header rows, cells with their spans) and figure captions, with bold, italic, links, sub/superscript, inline code and span languages
/// kept as runs. Images are left out and reported; <see cref="FigureBlocks"/> later joins a kept caption with its image,
/// so the block scorer sees a figure's caption as the paragraph it was trained on.
/// </summary>
/// <param name="links">Makes the links' URLs absolute.</param>
/// <param name="reuse">Blocks built before from the same page (the selection's), by source element: a block built
/// again equal to one of them is that one, so the page's blocks are not held twice (see <see cref="BlockReuse"/>).</param>
internal sealed class HtmlBlockBuilder(LinkResolver links, IReadOnlyDictionary<PageNode, HtmlBlock>? reuse = null)
{
    private const int MaxDepth = 400;

    private readonly List<HtmlBlock> _blocks = [];
    private readonly List<PageNode> _images = [];
    private readonly InlineBuffer _inline = new();
    private PageNode? _inlineSource;

    public IReadOnlyList<PageNode> Images => _images;

    private void Add(HtmlBlock block) =>
        _blocks.Add(reuse is not null && reuse.TryGetValue(block.Source, out var earlier) && BlockReuse.Same(earlier, block) ? earlier : block);

    public List<HtmlBlock> Build(IEnumerable<PageNode> roots)
    {
        foreach (var root in roots)
        {
            if (root.IsText)
                Inline(root, default, 0);
            else
                Element(root, default, 0);
            FlushParagraph();
        }
        return _blocks;
    }

    /// <summary>The inline content of an element as one run list (blocks inside it joined by spaces).</summary>
    public List<Run> RunsOf(PageNode node) => InlineRuns(node, default);

    private void Children(PageNode node, InlineFormat format, int depth)
    {
        foreach (var child in node.Children)
        {
            if (child.Removed)
                continue;
            if (child.IsText)
                Inline(child, format, depth);
            else
                Element(child, format, depth + 1);
        }
    }

    private void Element(PageNode node, InlineFormat format, int depth)
    {
        if (depth > MaxDepth)
        {
            // Too deep to walk further (the walk recurses): keep the text, flattened, rather than lose it.
            var isBlock = HtmlTags.IsBlock(node.Tag);
            if (isBlock)
                FlushParagraph();
            _inlineSource ??= node;
            _inline.Append(node.InnerText(), format);
            if (isBlock)
                FlushParagraph();
            return;
        }
        // lang on a block (<p lang="fr">, <blockquote lang="de">) applies to all its text.
        if (HtmlTags.IsBlock(node.Tag) && node.Attribute("lang") is { Length: > 0 } lang)
            format = format with { Language = lang.Trim() };
        switch (node.Tag)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                // The page's own level (1-6): HeadingLevels ranks the levels used into the model's 1-3 afterwards, so
                // h2, h3, h4 under an h1 title stay three levels instead of h4 collapsing into h3.
                AddInlineBlock(node, runs => new Heading(HtmlTags.HeadingLevel(node.Tag), runs, Span(node)), format);
                return;
            case "p" or "dt" or "dd" or "address" or "summary":
                FlushParagraph();
                Children(node, format, depth);
                FlushParagraph();
                return;
            case "ul" or "ol":
                AddList(node, format);
                return;
            case "blockquote":
                AddQuote(node, format, depth);
                return;
            case "pre":
                FlushParagraph();
                if (HtmlCode.Of(node) is { } code)
                    Add(new HtmlBlock(code, node));
                return;
            case "table" when IsDataTable(node):
                AddTable(node, format);
                return;
            case "figure":
                AddFigure(node, format, depth);
                return;
            case "img":
                _images.Add(node);
                return;
            case "picture":
                // Reported by its <img>, which has the alt text; the <source>s are the same image.
                _images.Add(node.Descendants().FirstOrDefault(d => d.Tag == "img") ?? node);
                return;
            case "br":
                if (_inline.EndsWithBreak)
                    FlushParagraph();
                else
                    _inline.LineBreak();
                return;
            case "hr":
                FlushParagraph();
                return;
        }

        if (HtmlTags.IsBlock(node.Tag))
        {
            FlushParagraph();
            Children(node, format, depth);
            FlushParagraph();
            return;
        }
        Children(node, InlineFormat.Of(node, format, links), depth);
    }

    private void Inline(PageNode text, InlineFormat format, int depth)
    {
        _ = depth;
        _inlineSource ??= BlockAncestor(text);
        _inline.Append(text.Text!, format);
    }

    // A paragraph's source is the block element holding its text, not the <b> or <a> its first word sits in.
    private static PageNode? BlockAncestor(PageNode node)
    {
        var parent = node.Parent;
        while (parent?.Parent is not null && !HtmlTags.IsBlock(parent.Tag))
            parent = parent.Parent;
        return parent;
    }

    private void FlushParagraph()
    {
        var runs = _inline.Take();
        var source = _inlineSource;
        _inlineSource = null;
        if (runs.Count > 0 && source is not null)
            Add(new HtmlBlock(new Paragraph(runs, Span(source)), source));
    }

    private void AddInlineBlock(PageNode node, Func<List<Run>, Block> create, InlineFormat format)
    {
        FlushParagraph();
        var runs = InlineRuns(node, format);
        if (runs.Count > 0)
            Add(new HtmlBlock(create(runs), node));
    }

    // The inline content of an element that makes one block (heading, list item, quote paragraph); with
    // withSelf, of the node itself (text or an element that stands for a list item without being an <li>).
    private List<Run> InlineRuns(PageNode node, InlineFormat format, bool withSelf = false)
    {
        var inner = new HtmlBlockBuilder(links);
        if (!withSelf)
            inner.Children(node, format, 0);
        else if (node.IsText)
            inner.Inline(node, format, 0);
        else
            inner.Element(node, format, 0);
        _images.AddRange(inner._images);
        var runs = new List<Run>();
        foreach (var block in inner._blocks.Append(inner.TakeTrailing(node)).OfType<HtmlBlock>())
        {
            if (runs.Count > 0)
                runs.Add(Run.Plain(" "));
            runs.AddRange(RunsOf(block.Block));
        }
        return runs;
    }

    private HtmlBlock? TakeTrailing(PageNode node)
    {
        var runs = _inline.Take();
        return runs.Count > 0 ? new HtmlBlock(new Paragraph(runs, Span(node)), node) : null;
    }

    private static IEnumerable<Run> RunsOf(Block block) => block switch
    {
        Paragraph p => p.Runs,
        Heading h => h.Runs,
        Quote q => q.Runs,
        ListBlock l => l.Items.SelectMany((item, i) => i == 0 ? item.Runs : item.Runs.Prepend(Run.Plain(" "))),
        // Code inside a list item, quote or cell stays in it as inline code, its lines kept.
        CodeBlock c => [new Run(c.Text, Code: true)],
        _ => [],
    };

    private void AddList(PageNode node, InlineFormat format)
    {
        FlushParagraph();
        var items = new List<ListItem>();
        var itemSources = new List<PageNode>();
        foreach (var (item, level, ordered) in HtmlListItems.Of(node))
        {
            var runs = InlineRuns(item, format, withSelf: item.Tag != "li");
            if (runs.Count > 0)
            {
                items.Add(new ListItem(runs, level, level == 0 ? null : ordered));
                itemSources.Add(item);
            }
        }
        if (items.Count > 0)
        {
            var list = new ListBlock(node.Tag == "ol", ListBlock.WellFormed(items), Span(node), HtmlListItems.Start(node));
            Add(new HtmlBlock(list, node, itemSources));
        }
    }

    private void AddQuote(PageNode node, InlineFormat format, int depth)
    {
        FlushParagraph();
        var inner = new HtmlBlockBuilder(links);
        inner.Children(node, format, depth);
        inner.FlushParagraph();
        _images.AddRange(inner._images);
        foreach (var block in inner._blocks)
            Add(new HtmlBlock(new Quote(RunsOf(block.Block).ToList(), Span(block.Source)), block.Source));
    }

    // The walk reports the figure's images (however deep, a linked <img> too) and keeps its caption.
    private void AddFigure(PageNode node, InlineFormat format, int depth)
    {
        FlushParagraph();
        Children(node, format, depth);
        FlushParagraph();
    }

    /// <summary>A table of data (rows of several short cells) rather than a layout table holding paragraphs.</summary>
    private static bool IsDataTable(PageNode table)
    {
        foreach (var node in table.Descendants())
        {
            if (node.Tag is "table" or "p" or "div" or "ul" or "ol" or "h1" or "h2" or "h3" or "blockquote")
                return false;
        }
        return true;
    }

    // A table of two columns or more is kept as a table; a one-column table, or one too wide to print, reads as
    // its caption and rows as paragraphs, each row's cells joined by " | ".
    private void AddTable(PageNode node, InlineFormat format)
    {
        FlushParagraph();
        var captionNode = HtmlTableParts.Caption(node);
        var caption = captionNode is null ? [] : InlineRuns(captionNode, format);
        var rows = new List<TableRow>();
        var rowSources = new List<PageNode>();
        var headerRows = 0;
        foreach (var (row, header) in HtmlTableParts.Rows(node))
        {
            var cells = HtmlTableParts.Cells(row)
                .Select(cell => new TableCell(InlineRuns(cell, format),
                    HtmlTableParts.Span(cell, "colspan", Table.MaxSpan), HtmlTableParts.Span(cell, "rowspan", Table.MaxSpan)))
                .ToList();
            if (cells.All(c => string.IsNullOrWhiteSpace(c.PlainText)))
                continue;
            if (header && headerRows == rows.Count)
                headerRows++;
            rows.Add(new TableRow(cells));
            rowSources.Add(row);
        }

        var table = new Table(rows, headerRows, caption, Span(node));
        if (rows.Count > 0 && TableGrid.Of(table).Columns is >= 2 and <= Table.MaxColumns)
        {
            var sources = captionNode is not null && table.HasCaption ? rowSources.Prepend(captionNode).ToList() : rowSources;
            Add(new HtmlBlock(table, node, sources));
            return;
        }

        if (captionNode is not null && caption.Count > 0)
            Add(new HtmlBlock(new Paragraph(caption, Span(captionNode)), captionNode));
        for (var i = 0; i < rows.Count; i++)
            Add(new HtmlBlock(new Paragraph(RowRuns(rows[i]), Span(rowSources[i])), rowSources[i]));
    }

    private static List<Run> RowRuns(TableRow row)
    {
        var runs = new List<Run>();
        foreach (var cell in row.Cells.Where(c => !string.IsNullOrWhiteSpace(c.PlainText)))
        {
            if (runs.Count > 0)
                runs.Add(Run.Plain(" | "));
            runs.AddRange(cell.Runs);
        }
        return runs;
    }

    private static SourceSpan Span(PageNode node) => HtmlSpans.Of(node);
}
