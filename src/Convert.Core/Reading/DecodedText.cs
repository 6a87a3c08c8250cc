namespace Convert.Core.Reading;

/// <summary>Input bytes decoded to text, with how it was done.</summary>
/// <param name="Text">The decoded text, without a byte order mark.</param>
/// <param name="EncodingName">The web name of the encoding used ("utf-8", "utf-16BE", "windows-1252"...).</param>
/// <param name="UsedFallback">True when the bytes were not valid UTF-8, declared no charset, and were read in the
/// legacy charset detected for them (windows-1252 when in doubt).</param>
public sealed record DecodedText(string Text, string EncodingName, bool UsedFallback);
