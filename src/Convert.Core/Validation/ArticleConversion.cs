using Convert.Core.Model;

namespace Convert.Core.Validation;

/// <summary>Converts scraped input bytes to an article (normally <see cref="ConversionPipeline.Convert"/>).</summary>
public delegate Article ArticleConversion(ReadOnlySpan<byte> input, ConversionOptions options);
