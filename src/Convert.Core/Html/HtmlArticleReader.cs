using Convert.Core.Html.PageTypes;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>
/// Reads the raw HTML of a page into source blocks: metadata from the head, the main content cleaned of widgets, and
/// the author boxes after it. The pipeline then runs the same text rules and author splitting as for scraped text.
/// </summary>
internal static class HtmlArticleReader
{
    /// <summary>
    /// Pages above this size are refused: no article page comes near it, and parsing one costs about twenty times its
    /// size in memory, which a batch running several at a time cannot afford.
    /// </summary>
    public const int MaxPageBytes = 16 * 1024 * 1024;

    // Optimized from the first call, so the page's bytes are not kept alive once decoded (see ConversionPipeline.Run).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static SourceDocument Read(ReadOnlySpan<byte> bytes, ReaderContext context)
    {
        if (bytes.Length > MaxPageBytes)
            throw new InputFormatException($"HTML page of {bytes.Length / (1024.0 * 1024):F1} MB is over the {MaxPageBytes / (1024 * 1024)} MB limit for a page");
        var label = HtmlCharset.Label(bytes);
        var declared = label is null ? null : HtmlCharset.ByName(label);
        var decoded = InputDecoder.Decode(bytes, declared, context.Encoding);
        var document = Read(decoded.Text, context);
        if (declared is null && label is { } unsupported)
        {
            document = document with
            {
                Warnings = [new Warning(WarningCodes.UnsupportedCharset, $"The page declares the charset \"{unsupported}\", which is not supported; it was read as {decoded.EncodingName}."), .. document.Warnings],
            };
        }
        if (!decoded.UsedFallback)
            return document;
        // The fallback is taken when nothing is declared, or when the page declares UTF-8 and is not.
        var declaration = declared is null ? "declares no charset" : "declares UTF-8";
        return document with
        {
            Warnings = [new Warning(WarningCodes.DecodingFallback, $"The page is not valid UTF-8 and {declaration}; it was read as {decoded.EncodingName}."), .. document.Warnings],
        };
    }

    public static SourceDocument Read(string html, ReaderContext context)
    {
        if (html.Length > MaxPageBytes)
            throw new InputFormatException($"HTML page of {html.Length / (1024.0 * 1024):F1} M characters is over the {MaxPageBytes / (1024 * 1024)} MB limit for a page");
        PageLimits.Check(html);
        var page = VisiblePage.Build(html);
        if (page.Body.TextLength == 0)
            throw new InputFormatException("no visible text in the page");

        var markers = ClassMarkers.For(context.Rules);
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

        var links = new LinkResolver(BaseUrl(page, facts) ?? context.BaseUrl);
        var bodyBuilder = new HtmlBlockBuilder(links);
        var bodyBlocks = SpanLanguages.WithoutDocumentLanguage(
            HeadingLevels.Normalise(WithoutTitleHeading(bodyBuilder.Build(content), facts.Title)), facts.Language);
        var subtitle = Standfirst.Take(bodyBlocks, standfirstNearTitle, markers);
        var boxBlocks = new HtmlBlockBuilder(links).Build(boxes);
        var bioStart = TrailingBio.Start(bodyBlocks, facts);

        var blocks = new List<SourceBlock>(bodyBlocks.Count + boxBlocks.Count);
        AddSourceBlocks(bodyBlocks.Take(bioStart), blocks);
        var firstBox = blocks.Count;
        AddSourceBlocks(bodyBlocks.Skip(bioStart), blocks);
        AddSourceBlocks(boxBlocks, blocks);
        return new SourceDocument(blocks)
        {
            Facts = new DocumentFacts
            {
                Title = facts.Title,
                Subtitle = subtitle,
                Byline = facts.Byline,
                AuthorNames = facts.AuthorNames,
                Published = facts.Published,
                SiteName = facts.SiteName,
                Language = facts.Language,
                SourceUrl = facts.CanonicalUrl,
                Tags = facts.Tags,
                PageType = pageType.Type,
                PageTypeProbability = pageType.Probability,
            },
            Removals = HtmlRemovals.Of(pruned, bodyBuilder.Images, markers).ToList(),
            AuthorMaterialStart = firstBox < blocks.Count ? firstBox : null,
            DecodedText = html,
        };
    }

    private static void AddSourceBlocks(IEnumerable<HtmlBlock> built, List<SourceBlock> blocks)
    {
        foreach (var block in built)
        {
            if (block.ToSourceBlock(blocks.Count) is { } source)
                blocks.Add(source);
        }
    }

    private static bool IsTitleOrByline(PageNode node, PageFacts facts, ClassMarkers markers)
    {
        const int MaxBylineBlockLength = 200;
        if (facts.Title is not null && SameText(node.FullText(), facts.Title))
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

    /// <summary>Drops a heading near the top that repeats the title: the title is printed once, as the title.</summary>
    private static List<HtmlBlock> WithoutTitleHeading(List<HtmlBlock> blocks, string? title)
    {
        if (title is null)
            return blocks;
        var index = blocks.FindIndex(0, Math.Min(3, blocks.Count), b => b.Block is Heading h && SameText(h.PlainText, title));
        if (index >= 0)
            blocks.RemoveAt(index);
        return blocks;
    }

    private static bool SameText(string a, string b)
    {
        var left = Whitespace.Collapse(a);
        var right = Whitespace.Collapse(b);
        return left.Equals(right, StringComparison.OrdinalIgnoreCase)
            || (left.Length > 10 && right.StartsWith(left, StringComparison.OrdinalIgnoreCase))
            || (right.Length > 10 && left.StartsWith(right, StringComparison.OrdinalIgnoreCase));
    }
}
