using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>
/// Joins a kept figure caption with its image, after the body blocks are chosen: the block scorer and the rule-based
/// selection see a caption as the paragraph they always saw, and only what they keep becomes a <see cref="Figure"/>.
/// A figure is an HTML &lt;figure&gt; holding an image, or a lone image with an element whose class names a caption
/// (WordPress's <c>wp-caption</c> and its kin). Its credit is kept apart (<see cref="FigureCredits"/>); a caption that
/// is only a placeholder ("Image") is no caption, and a figure left with neither caption nor credit is dropped, so no
/// stray "Image" paragraph stays in the body.
/// </summary>
internal static class FigureBlocks
{
    // How far up from a caption block its figure is looked for.
    private const int MaxFigureDistance = 8;

    // A figure without <figcaption> lends its own text as the caption only when it is caption-sized.
    private const int MaxLooseCaptionChars = 400;

    /// <summary>What was gathered: the blocks with figures in place, and the images the figures hold.</summary>
    internal sealed record Result(List<HtmlBlock> Blocks, IReadOnlyList<PageNode> Images);

    /// <param name="blocks">The chosen body blocks, in page order.</param>
    /// <param name="links">Makes an image's address absolute.</param>
    /// <param name="folder">The page's folder, where a saved page keeps its images; null when the page has none.</param>
    public static Result Gather(List<HtmlBlock> blocks, LinkResolver links, string? folder)
    {
        var shapes = blocks.Select(b => b.Block is Paragraph ? ShapeOf(b.Source) : null).ToList();
        var members = new Dictionary<PageNode, List<HtmlBlock>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (shapes[i] is { } shape)
                (members.TryGetValue(shape.Container, out var list) ? list : members[shape.Container] = []).Add(blocks[i]);
        }

        var result = new List<HtmlBlock>(blocks.Count);
        var images = new List<PageNode>();
        var done = new HashSet<PageNode>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (shapes[i] is not { } shape)
            {
                result.Add(blocks[i]);
                continue;
            }
            // The first of a figure's caption blocks stands for the figure; the others are in it already.
            if (!done.Add(shape.Container))
                continue;
            if (Build(shape, members[shape.Container], links, folder) is { } figure)
            {
                result.Add(new HtmlBlock(figure, shape.Container));
                images.Add(shape.Image);
            }
        }
        return new Result(result, images);
    }

    /// <summary>A figure: its outer element, its image, and the element its caption is read from.</summary>
    private sealed record Shape(PageNode Container, PageNode Image, PageNode Caption);

    private static Shape? ShapeOf(PageNode source)
    {
        PageNode? figcaption = null;
        var node = source;
        for (var distance = 0; node is not null && distance <= MaxFigureDistance; node = node.Parent, distance++)
        {
            if (node.Tag == "figcaption")
                figcaption ??= node;
            if (node.Tag == "figure")
                return FigureShape(node, figcaption);
            if (distance <= 2 && figcaption is null && IsCaptionElement(node) && LoneImageShape(node) is { } lone)
                return lone;
        }
        return null;
    }

    private static Shape? FigureShape(PageNode figure, PageNode? figcaptionOnPath)
    {
        if (ImageIn(figure) is not { } image)
            return null;
        var figcaption = figure.Descendants().FirstOrDefault(d => d.Tag == "figcaption");
        if (figcaption is not null)
            return ReferenceEquals(figcaption, figcaptionOnPath) ? new Shape(figure, image, figcaption) : null;
        // No <figcaption>: the figure's own text is the caption when it is short (a pull quote or a card is not).
        return figure.TextLength <= MaxLooseCaptionChars && !HoldsOtherBlocks(figure) ? new Shape(figure, image, figure) : null;
    }

    // <div class="wp-caption"><img><p class="wp-caption-text">…</p></div>, or <p><img></p><p class="caption">…</p>.
    private static Shape? LoneImageShape(PageNode caption)
    {
        if (ImageIn(caption) is not null || caption.Parent is not { } parent)
            return null;
        if (OnlyImageBesides(parent, caption) is { } image)
            return new Shape(parent, image, caption);
        var previous = PreviousElement(caption);
        return previous is not null && OnlyImageBesides(previous, null) is { } before ? new Shape(caption, before, caption) : null;
    }

    private static bool IsCaptionElement(PageNode node) =>
        node.IsElement && node.Tag is not ("table" or "caption") && node.ClassAndId.Contains("caption", StringComparison.Ordinal);

    /// <summary>The one image of <paramref name="container"/> when, <paramref name="except"/> aside, it holds nothing else with text.</summary>
    private static PageNode? OnlyImageBesides(PageNode container, PageNode? except)
    {
        PageNode? image = null;
        foreach (var node in container.Descendants())
        {
            if (except is not null && node.IsInside(except))
                continue;
            if (node.IsText && !string.IsNullOrWhiteSpace(node.Text))
                return null;
            if (node.Tag == "img")
            {
                if (image is not null)
                    return null;
                image = node;
            }
        }
        return image;
    }

    private static PageNode? PreviousElement(PageNode node)
    {
        var siblings = node.Parent!.Children;
        for (var i = siblings.IndexOf(node) - 1; i >= 0; i--)
        {
            if (siblings[i].Removed)
                continue;
            if (siblings[i].IsElement)
                return siblings[i];
            if (!string.IsNullOrWhiteSpace(siblings[i].Text))
                return null;
        }
        return null;
    }

    // One image: a figure of several images is a gallery, and which one a caption belongs to is not known.
    private static PageNode? ImageIn(PageNode figure)
    {
        PageNode? image = null;
        foreach (var node in figure.Descendants())
        {
            if (node.Tag != "img")
                continue;
            if (image is not null)
                return null;
            image = node;
        }
        return image;
    }

    private static bool HoldsOtherBlocks(PageNode figure) =>
        figure.Descendants().Any(d => d.Tag is "blockquote" or "table" or "pre" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6");

    // Only the caption blocks the scorer kept are read, as they were built; a credit element is cut out of its block.
    private static Figure? Build(Shape shape, List<HtmlBlock> kept, LinkResolver links, string? folder)
    {
        var builder = new HtmlBlockBuilder(links);
        var creditElements = FigureCredits.Elements(shape.Container, shape.Caption);
        var caption = new List<Run>();
        var credit = new List<Run>();
        foreach (var block in kept)
        {
            var runs = ((Paragraph)block.Block).Runs;
            if (creditElements.Any(block.Source.IsInside))
            {
                Append(credit, runs);
                continue;
            }
            foreach (var element in creditElements.Where(e => e.IsInside(block.Source)))
            {
                var (rest, cut) = FigureCredits.Cut(runs, Block.Join(builder.RunsOf(element)).Trim());
                runs = rest;
                Append(credit, cut);
            }
            Append(caption, runs);
        }
        if (credit.Count == 0)
            (caption, credit) = FigureCredits.SplitTrailing(caption);
        if (FigureCredits.IsPlaceholder(Block.Join(caption)))
            caption = [];
        var figure = ImageOf(shape.Image, caption, credit, links, folder, HtmlSpans.Of(shape.Container));
        return figure.HasCaption || figure.HasCredit ? figure : null;
    }

    private static void Append(List<Run> runs, IReadOnlyList<Run> more)
    {
        if (more.Count == 0)
            return;
        if (runs.Count > 0)
            runs.Add(Run.Plain(" "));
        runs.AddRange(more);
    }

    private static Figure ImageOf(PageNode image, List<Run> caption, List<Run> credit, LinkResolver links, string? folder, SourceSpan source)
    {
        var src = image.Attribute("src");
        var local = LocalImages.Find(src, folder);
        // A saved page's relative src names its copy: made absolute against the page's address it would name nothing.
        var url = local is null && src is not null && !src.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? links.Resolve(src) : null;
        var alt = image.Attribute("alt") is { } text && Whitespace.Collapse(text) is { Length: > 0 } collapsed ? collapsed : null;
        return new Figure(caption, credit, alt, url, local, source);
    }
}
