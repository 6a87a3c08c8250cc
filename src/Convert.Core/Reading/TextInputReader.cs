using Convert.Core.Model;
using Convert.Core.Reading.TextDumps;

namespace Convert.Core.Reading;

/// <summary>Scraped plain text: blocks of lines, each line with its number.</summary>
internal sealed class TextInputReader : IInputReader
{
    public InputFormat Format => InputFormat.Text;
    public string Name => "text";
    public string Description => "the plain text a scraper captured";
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];
    public bool ReadInFolderWalks => true;

    /// <summary>Text has no signature: it is what the registry falls back to when no other format claims the input.</summary>
    public bool Sniff(ReadOnlySpan<byte> start) => false;

    public ReaderOutput Read(ReadOnlySpan<byte> input, ReaderContext context)
    {
        var decoded = InputDecoder.Decode(input, declared: null, context.Encoding);
        var document = Read(decoded.Text, context);
        return decoded.UsedFallback
            ? document with { Warnings = [new Warning(WarningCodes.DecodingFallback, $"The input is not valid UTF-8; it was read as {decoded.EncodingName}.")] }
            : document;
    }

    /// <summary>
    /// Reads the text's blocks. A whole-page dump (menus, footers and link lists around the article) keeps only the
    /// blocks the line classifier takes for the article, and the headline and date found before them; the others are
    /// the reader's removals.
    /// </summary>
    public ReaderOutput Read(string text, ReaderContext context)
    {
        var blocks = ScrapedTextReader.Read(text);
        return TextDumpFilter.Filter(blocks) is { } dump
            ? new SourceDocument(dump.Kept)
            {
                DecodedText = text,
                Removals = dump.Removed,
                FromPageDump = true,
                Facts = new DocumentFacts { Title = dump.Title },
                HeadLines = dump.HeadLines,
            }
            : new SourceDocument(blocks) { DecodedText = text };
    }
}
