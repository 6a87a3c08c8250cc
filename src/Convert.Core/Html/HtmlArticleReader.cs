using Convert.Core.Cleaning;
using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Splitting;

namespace Convert.Core.Html;

/// <summary>
/// Reads the raw HTML of a page into an <see cref="Article"/>: metadata from the head, author boxes, the main content
/// cleaned of widgets, then the same text rules and author splitting as scraped text, so both paths agree.
/// </summary>
internal static class HtmlArticleReader
{
    /// <summary>
    /// Pages above this size are refused: no article page comes near it, and parsing one costs about twenty times its
    /// size in memory, which a batch running several at a time cannot afford.
    /// </summary>
    public const int MaxPageBytes = 16 * 1024 * 1024;

    public static Article Read(ReadOnlySpan<byte> bytes, RuleEngine engine, ConversionOptions options)
    {
        if (bytes.Length > MaxPageBytes)
            throw new InputFormatException($"HTML page of {bytes.Length / (1024.0 * 1024):F1} MB is over the {MaxPageBytes / (1024 * 1024)} MB limit for a page");
        var declared = HtmlCharset.Declared(bytes);
        var decoded = InputDecoder.Decode(bytes, declared);
        var article = Read(decoded.Text, engine, options);
        if (declared is null && HtmlCharset.Label(bytes) is { } unsupported)
            article = article with { Warnings = [$"The page declares the charset \"{unsupported}\", which is not supported; it was read as {decoded.EncodingName}.", .. article.Warnings] };
        // The fallback is taken when nothing is declared, or when the page declares UTF-8 and is not.
        var declaration = declared is null ? "declares no charset" : "declares UTF-8";
        return decoded.UsedFallback
            ? article with { Warnings = [$"The page is not valid UTF-8 and {declaration}; it was read as {decoded.EncodingName}.", .. article.Warnings] }
            : article;
    }

    public static Article Read(string html, RuleEngine engine, ConversionOptions options)
    {
        if (html.Length > MaxPageBytes)
            throw new InputFormatException($"HTML page of {html.Length / (1024.0 * 1024):F1} M characters is over the {MaxPageBytes / (1024 * 1024)} MB limit for a page");
        PageLimits.Check(html);
        var page = PageBuilder.Build(html);
        NodeMetrics.Compute(page.Body);
        if (page.Body.TextLength == 0)
            throw new InputFormatException("no visible text in the page");

        var facts = PageMetadataReader.Read(page);
        var standfirstNearTitle = Standfirst.NearTitle(page.Body, facts.Title);
        var boxes = AuthorBoxFinder.Find(page.Body);
        foreach (var box in boxes)
            box.Removed = true;
        var content = MainContentFinder.Find(page.Body, out var chrome);
        // The title's header block and the byline line are stripped as chrome, but they are metadata, not removals.
        var pruned = chrome.Concat(ContentPruner.Prune(content)).Where(p => !IsTitleOrByline(p.Node, facts)).ToList();

        var links = new LinkResolver(BaseUrl(page, facts));
        var bodyBuilder = new HtmlBlockBuilder(links);
        var bodyBlocks = SpanLanguages.WithoutDocumentLanguage(
            HeadingLevels.Normalise(WithoutTitleHeading(bodyBuilder.Build(content), facts.Title)), facts.Language);
        var subtitle = Standfirst.Take(bodyBlocks, standfirstNearTitle);
        var boxBlocks = new HtmlBlockBuilder(links).Build(boxes);
        var assembled = HtmlArticleAssembler.Assemble(bodyBlocks, boxBlocks, engine, new SplitOptions
        {
            TitleOverride = options.TitleOverride,
            DetectTitle = facts.Title is null,
            KnownByline = facts.Byline,
        });

        var removals = HtmlRemovals.Of(pruned, bodyBuilder.Images).Concat(assembled.Removals).ToList();
        return assembled with
        {
            Title = string.IsNullOrWhiteSpace(options.TitleOverride) ? facts.Title ?? assembled.Title : assembled.Title,
            Subtitle = subtitle ?? assembled.Subtitle,
            Authors = assembled.Authors.Count > 0 ? assembled.Authors : facts.AuthorNames.Select(name => new Author(name)).ToList(),
            Metadata = assembled.Metadata with
            {
                // A byline the name parser cannot split ("Contributors to Wikimedia projects") is still the byline.
                Byline = assembled.Metadata.Byline ?? facts.Byline,
                SourcePath = options.SourcePath,
                SourceUrl = facts.CanonicalUrl,
                SiteName = facts.SiteName,
                Language = facts.Language ?? LanguageGuess.Of(assembled),
                Published = facts.Published ?? assembled.Metadata.Published,
                Tags = assembled.Metadata.Tags.Concat(facts.Tags).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            },
            Removals = removals,
        };
    }

    private static bool IsTitleOrByline(PageNode node, PageFacts facts)
    {
        const int MaxBylineBlockLength = 200;
        if (facts.Title is not null && SameText(node.FullText(), facts.Title))
            return true;
        return node.TextLength < MaxBylineBlockLength && facts.Byline is not null
            && (ClassMarkers.IsBylineElement(node) || node.Descendants().Any(ClassMarkers.IsBylineElement));
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
