using Convert.Core.Html.Scoring;
using Convert.Core.Limits;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>
/// Reads the raw HTML of a page into source blocks: metadata from the head, the body blocks the learned block scorer
/// keeps (see <see cref="LearnedBody"/>), and the author boxes after it. The pipeline then runs the same text rules
/// and author splitting as for scraped text.
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
        var analysis = HtmlPageAnalysis.Of(html, ClassMarkers.For(context.Rules), context.BaseUrl);
        LargeInputCollection.After(html.Length);
        var (facts, markers) = (analysis.Facts, analysis.Markers);
        var choice = LearnedBody.Choose(analysis, HtmlBlocksModel.Shared);
        LargeInputCollection.After(html.Length);
        // Figures are joined after the choice, so the scorer saw their captions as the paragraphs it was trained on.
        var figures = FigureBlocks.Gather(choice.Blocks, analysis.Links, context.InputFolder);

        var bodyBlocks = SpanLanguages.WithoutDocumentLanguage(
            HeadingLevels.Normalise(WithoutTitleHeading(figures.Blocks, facts.Title)), facts.Language);
        var subtitle = Standfirst.Take(bodyBlocks, analysis.StandfirstNearTitle, markers);
        var boxBlocks = new HtmlBlockBuilder(analysis.Links).Build(analysis.AuthorBoxes);
        var bioStart = TrailingBio.Start(bodyBlocks, facts);
        var pageType = analysis.PageType;

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
            Removals = WithoutFigureImages(choice.Removals, figures.Images),
            AuthorMaterialStart = firstBox < blocks.Count ? firstBox : null,
            DecodedText = html,
            Warnings = analysis.BodyFromDescription ? [DescriptionWarning] : [],
        };
    }

    private static readonly Warning DescriptionWarning = new(WarningCodes.BodyFromDescription,
        "The page shows no text without its scripts; the body is the page's description from its head, a summary at most.");

    private static void AddSourceBlocks(IEnumerable<HtmlBlock> built, List<SourceBlock> blocks)
    {
        foreach (var block in built)
        {
            if (block.ToSourceBlock(blocks.Count) is { } source)
                blocks.Add(source);
        }
    }

    /// <summary>An image printed in a figure was not removed.</summary>
    private static IReadOnlyList<Removal> WithoutFigureImages(IReadOnlyList<Removal> removals, IReadOnlyList<PageNode> images)
    {
        if (images.Count == 0)
            return removals;
        var kept = images.Select(HtmlSpans.Of).ToHashSet();
        return removals.Where(r => !(r.RuleId == "html-image" && kept.Contains(r.Source))).ToList();
    }

    /// <summary>Drops a heading near the top that repeats the title: the title is printed once, as the title.</summary>
    private static List<HtmlBlock> WithoutTitleHeading(List<HtmlBlock> blocks, string? title)
    {
        if (title is null)
            return blocks;
        var index = blocks.FindIndex(0, Math.Min(3, blocks.Count), b => b.Block is Heading h && TextMatch.SameText(h.PlainText, title));
        if (index >= 0)
            blocks.RemoveAt(index);
        return blocks;
    }
}
