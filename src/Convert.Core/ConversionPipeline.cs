using Convert.Core.Cleaning;
using Convert.Core.Html;
using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Splitting;

namespace Convert.Core;

/// <summary>
/// Read, clean, split: scraped text or a page's HTML in, <see cref="Article"/> out. Immutable and thread-safe,
/// so a batch can share one instance across threads.
/// </summary>
public sealed class ConversionPipeline(RuleSet rules)
{
    private readonly RuleEngine _engine = new(rules);

    public static ConversionPipeline Default { get; } = new(RuleSet.BuiltIn);

    /// <summary>Converts raw input bytes (any supported encoding).</summary>
    /// <exception cref="InputFormatException">The bytes are not readable text.</exception>
    public Article Convert(ReadOnlySpan<byte> input, ConversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var format = options.Format == InputFormat.Auto ? InputFormatDetector.Detect(options.SourcePath, input) : options.Format;
        if (format == InputFormat.Html)
            return HtmlArticleReader.Read(input, _engine, options);
        var decoded = InputDecoder.Decode(input, declared: null, options.Encoding);
        var article = ConvertText(decoded.Text, options);
        return decoded.UsedFallback
            ? article with { Warnings = [$"The input is not valid UTF-8; it was read as {decoded.EncodingName}.", .. article.Warnings] }
            : article;
    }

    /// <summary>Converts text already decoded; <see cref="ConversionOptions.Format"/> says whether it is HTML.</summary>
    public Article ConvertText(string text, ConversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Format == InputFormat.Html)
            return HtmlArticleReader.Read(text, _engine, options);
        var blocks = ScrapedTextReader.Read(text);
        var cleaned = _engine.Clean(blocks);
        var article = ArticleSplitter.Split(cleaned, new SplitOptions { TitleOverride = options.TitleOverride });
        // Scraped text never says its language; the guess lets the writers pick words, hyphenation and paper.
        return article with { Metadata = article.Metadata with { SourcePath = options.SourcePath, Language = LanguageGuess.Of(article) } };
    }
}
