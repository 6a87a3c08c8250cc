using Convert.Core.Cleaning;
using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Splitting;

namespace Convert.Core;

/// <summary>
/// The one middle every input goes through: read (the reader chosen from <see cref="InputReaders"/>) → clean (the
/// rules) → split (title, body, authors) → enrich (what the reader learnt, title override, language, source path,
/// reading warnings). Immutable and thread-safe, so a batch can share one instance across threads.
/// </summary>
public sealed class ConversionPipeline(RuleSet rules)
{
    private readonly RuleEngine _engine = new(rules);

    public static ConversionPipeline Default { get; } = new(RuleSet.BuiltIn);

    /// <summary>The rules this pipeline cleans with.</summary>
    public RuleSet Rules { get; } = rules;

    /// <summary>Converts raw input bytes (any supported encoding and format).</summary>
    /// <exception cref="InputFormatException">The bytes are not readable as an article.</exception>
    public Article Convert(ReadOnlySpan<byte> input, ConversionOptions options) => Run(input, options).Article;

    /// <summary>Converts raw input bytes and keeps what reading saw (the decoded text), for checks on the input.</summary>
    /// <exception cref="InputFormatException">The bytes are not readable as an article.</exception>
    /// <remarks>Optimized from the first call, so the input's bytes are not kept alive past reading: unoptimized code
    /// keeps every argument and local alive to the end of its method.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public Conversion Run(ReadOnlySpan<byte> input, ConversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var reader = InputReaders.For(options.Format, options.SourcePath, input);
        var output = reader.Read(input, new ReaderContext(options.SourcePath, Rules, options.Encoding, InputFolder: InputFolderOf(options)));
        Limits.LargeInputCollection.After(input.Length);
        return new Conversion(Finish(output, options), output.DecodedText);
    }

    /// <summary>Converts text already decoded; <see cref="ConversionOptions.Format"/> (or the text's start) picks the reader.</summary>
    public Article ConvertText(string text, ConversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        // Only detection looks at the first bytes.
        var start = options.Format == InputFormat.Auto ? System.Text.Encoding.UTF8.GetBytes(text[..Math.Min(text.Length, 4096)]) : [];
        var reader = InputReaders.For(options.Format, options.SourcePath, start);
        return Finish(reader.Read(text, new ReaderContext(options.SourcePath, Rules, options.Encoding, InputFolder: InputFolderOf(options))), options);
    }

    /// <summary>Runs the stages after reading on what a reader produced: a custom reader's blocks go through the same middle.</summary>
    public Article Convert(ReaderOutput output, ConversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        return Finish(output, options);
    }

    private static string? InputFolderOf(ConversionOptions options) => options.InputFolder ?? LocalImages.FolderOf(options.SourcePath);

    private Article Finish(ReaderOutput output, ConversionOptions options)
    {
        var article = output switch
        {
            SourceDocument document => Enrich(Split(document, options), document, options),
            FinishedArticle finished => Retitle(finished.Article, options),
            _ => throw new InvalidOperationException($"A reader gave an unknown output: {output.GetType().Name}."),
        };
        return output.Record is { } record ? FromRecord(article, record) : article;
    }

    /// <summary>A stream record's id and url go with the article; the url is its source when the page names none.</summary>
    private static Article FromRecord(Article article, RecordKey record) => article with
    {
        Record = record,
        Metadata = article.Metadata with { SourceUrl = article.Metadata.SourceUrl ?? record.Url },
    };

    private Article Split(SourceDocument document, ConversionOptions options)
    {
        var cleaned = CommentThreadCutter.Cut(_engine.Clean(document.Blocks), Rules, pageMayBeThread: document.FromPageDump);
        if (document.Facts.Title is null && string.IsNullOrWhiteSpace(options.TitleOverride))
            cleaned = SectionLabel.Lift(cleaned);
        // Author material the reader recognised (an HTML author box) is after the body whatever the rules said.
        if (document.AuthorMaterialStart is { } boxStart)
        {
            for (var i = 0; i < cleaned.TailStart && i < cleaned.Blocks.Count; i++)
            {
                if (cleaned.Blocks[i].Ordinal >= boxStart)
                {
                    cleaned = cleaned with { TailStart = i };
                    break;
                }
            }
        }
        return ArticleSplitter.Split(cleaned, new SplitOptions
        {
            TitleOverride = options.TitleOverride,
            DetectTitle = document.Facts.Title is null,
            KnownByline = document.Facts.Byline ?? HeadByline(document.HeadLines),
        });
    }

    // A page dump's lines between its headline and its article ("By Jane Doe", the date) are page chrome to the line
    // classifier, but a byline among them names the authors.
    private static string? HeadByline(IReadOnlyList<string> headLines)
    {
        foreach (var line in headLines)
        {
            if (BylineParser.TryParse(line) is { Names.Count: > 0 })
                return line.Trim();
        }
        return null;
    }

    private static Article Enrich(Article article, SourceDocument document, ConversionOptions options)
    {
        var facts = document.Facts;
        return article with
        {
            Title = string.IsNullOrWhiteSpace(options.TitleOverride) ? facts.Title ?? article.Title : article.Title,
            Subtitle = facts.Subtitle ?? article.Subtitle,
            Authors = article.Authors.Count > 0 ? article.Authors : facts.AuthorNames.Select(name => new Author(name)).ToList(),
            Metadata = article.Metadata with
            {
                // A byline the name parser cannot split ("Contributors to Wikimedia projects") is still the byline.
                Byline = article.Metadata.Byline ?? facts.Byline,
                SourcePath = options.SourcePath,
                SourceUrl = facts.SourceUrl ?? article.Metadata.SourceUrl,
                SiteName = facts.SiteName ?? article.Metadata.SiteName,
                // Scraped text never says its language; the guess lets the writers pick words, hyphenation and paper.
                Language = facts.Language ?? LanguageGuess.Of(article),
                Published = facts.Published ?? FirstDate(document.HeadLines) ?? article.Metadata.Published,
                Tags = article.Metadata.Tags.Concat(facts.Tags).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                PageType = facts.PageType ?? article.Metadata.PageType,
                PageTypeProbability = facts.PageTypeProbability ?? article.Metadata.PageTypeProbability,
            },
            Removals = [.. document.Removals, .. article.Removals],
            Warnings = [.. document.Warnings, .. article.Warnings],
        };
    }

    private static string? FirstDate(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (DateParser.Find(line) is { } date)
                return date.Iso;
        }
        return null;
    }

    /// <summary>A finished article is written as it was, except for a title the user gives.</summary>
    private static Article Retitle(Article article, ConversionOptions options) =>
        string.IsNullOrWhiteSpace(options.TitleOverride) ? article : article with { Title = options.TitleOverride.Trim() };
}
