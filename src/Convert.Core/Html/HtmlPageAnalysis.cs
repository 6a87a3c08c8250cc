using Convert.Core.Html.PageTypes;
using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>
/// What the HTML reader knows about a page before it chooses the body blocks: the visible page, its metadata, the
/// author boxes (taken out), the Readability-style selection with its pruning, and the blocks that selection gives.
/// The learned block scorer and its training read the same analysis, so what the model was trained on is what it sees.
/// </summary>
internal sealed record HtmlPageAnalysis
{
    public required HtmlPage Page { get; init; }
    public required ClassMarkers Markers { get; init; }
    public required PageFacts Facts { get; init; }

    /// <summary>The kind of page (article, forum, product...), read before the author boxes are taken out.</summary>
    public required PageTypeGuess PageType { get; init; }
    public required string? StandfirstNearTitle { get; init; }
    public required IReadOnlyList<PageNode> AuthorBoxes { get; init; }

    /// <summary>The elements the Readability-style finder chose.</summary>
    public required IReadOnlyList<PageNode> Selection { get; init; }

    /// <summary>What the finder and pruner took out of the selection, with the reason.</summary>
    public required IReadOnlyList<(PageNode Node, string Reason)> Pruned { get; init; }

    public required LinkResolver Links { get; init; }

    /// <summary>The blocks of the selection after pruning: the rule-based extraction.</summary>
    public required List<HtmlBlock> SelectionBlocks { get; init; }

    /// <summary>The images the selection's blocks left out.</summary>
    public required IReadOnlyList<PageNode> SelectionImages { get; init; }

    /// <summary>The page showed no text and its body is the description in its head (see <see cref="DescriptionBody"/>).</summary>
    public bool BodyFromDescription { get; init; }

    // fallbackBaseUrl: where relative links point when the page names no base (a stream record's url).
    public static HtmlPageAnalysis Of(string html, ClassMarkers markers, string? fallbackBaseUrl = null)
    {
        PageLimits.Check(html);
        var page = VisiblePage.Build(html);
        var bodyFromDescription = false;
        if (page.Body.TextLength == 0)
        {
            var description = DescriptionBody.Find(page) ?? throw new InputFormatException("no visible text in the page");
            DescriptionBody.Insert(page, description);
            bodyFromDescription = true;
        }

        var facts = PageMetadataReader.Read(page, markers);
        var pageType = PageTypeClassifier.Classify(PageSignalReader.Read(page, markers, facts));
        var standfirstNearTitle = Standfirst.NearTitle(page.Body, facts.Title, markers);
        var boxes = AuthorBoxFinder.Find(page.Body, markers);
        foreach (var box in boxes)
            box.Removed = true;
        var content = MainContentFinder.Find(page.Body, markers, out var chrome);
        var prunedInside = PruningGuard.Check(content, PruningGuard.Prose(content), ContentPruner.Prune(content, markers));
        // The title's header block and the byline line are stripped as chrome, but they are metadata, not removals.
        var pruned = chrome.Concat(prunedInside).Where(p => !IsTitleOrByline(p.Node, facts, markers)).ToList();
        var links = new LinkResolver(BaseUrl(page, facts) ?? fallbackBaseUrl);
        var builder = new HtmlBlockBuilder(links);
        var blocks = builder.Build(content);
        return new HtmlPageAnalysis
        {
            Page = page,
            Markers = markers,
            Facts = facts,
            PageType = pageType,
            StandfirstNearTitle = standfirstNearTitle,
            AuthorBoxes = boxes,
            Selection = content,
            Pruned = pruned,
            Links = links,
            SelectionBlocks = blocks,
            SelectionImages = builder.Images.ToList(),
            BodyFromDescription = bodyFromDescription,
        };
    }

    private static bool IsTitleOrByline(PageNode node, PageFacts facts, ClassMarkers markers)
    {
        const int MaxBylineBlockLength = 200;
        if (facts.Title is not null && TextMatch.SameText(node.FullText(), facts.Title))
            return true;
        return node.TextLength < MaxBylineBlockLength && facts.Byline is not null
            && (markers.IsBylineElement(node) || node.Descendants().Any(markers.IsBylineElement));
    }

    private static string? BaseUrl(HtmlPage page, PageFacts facts)
    {
        if (page.BaseHref is { } baseHref && Uri.TryCreate(baseHref, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.ToString();
        if (page.BaseHref is { } relative && facts.CanonicalUrl is { } canonical && Uri.TryCreate(new Uri(canonical), relative, out var resolved))
            return resolved.ToString();
        return facts.CanonicalUrl;
    }
}
