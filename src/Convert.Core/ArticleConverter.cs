namespace Convert.Core;

/// <summary>
/// Converts raw input bytes (normally <see cref="ConversionPipeline.Run"/>): the one seam through which the CLI and
/// the validation checks convert, so tests can put a fake behind both.
/// </summary>
public delegate Conversion ArticleConverter(ReadOnlySpan<byte> input, ConversionOptions options);
