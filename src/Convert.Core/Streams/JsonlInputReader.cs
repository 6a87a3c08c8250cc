using System.Text;
using Convert.Core.Reading;

namespace Convert.Core.Streams;

/// <summary>
/// A crawl as JSON Lines (<c>--from jsonl</c>): one record a line, <c>{"id", "url", "html"}</c> or
/// <c>{"id", "url", "text"}</c>, plain or gzip-compressed. A batch reads it record by record
/// (<see cref="IRecordStreamReader"/>); read as one input, it must hold exactly one record.
/// </summary>
internal sealed class JsonlInputReader : IInputReader, IRecordStreamReader
{
    /// <summary>
    /// The longest line read: room for a page at the HTML reader's 16 MB limit with its JSON escapes. A longer line
    /// is reported and skipped, never held whole.
    /// </summary>
    public const int MaxLineBytes = 32 * 1024 * 1024;

    public InputFormat Format => InputFormat.Jsonl;
    public string Name => "jsonl";
    public string Description => "a crawl, one {\"id\", \"url\", \"html\" or \"text\"} object a line, plain or gzip; many articles";
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".jsonl.gz"];
    public bool ReadInFolderWalks => false;

    /// <summary>Never guessed from content: a one-line object could as well be anything else; it is named by extension or <c>--from</c>.</summary>
    public bool Sniff(ReadOnlySpan<byte> start) => false;

    public IEnumerable<StreamRecord> ReadRecords(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return LineSplitter.Lines(CompressedInput.Open(input), MaxLineBytes)
            .Where(line => line.Bytes is null || !IsBlank(line.Bytes))
            .Select(JsonlRecordParser.Parse);
    }

    public ReaderOutput Read(ReadOnlySpan<byte> input, ReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var stream = new MemoryStream(input.ToArray(), writable: false);
        var records = ReadRecords(stream).Take(2).ToList();
        return records switch
        {
            [] => throw new InputFormatException("no records in the JSONL input"),
            [var only] when only.Problem is { } problem => throw new InputFormatException($"line {only.Line}: {problem}"),
            [var only] => only.Read(context),
            _ => throw new InputFormatException("the JSONL input holds more than one record: convert it as a stream (--from jsonl --to jsonl)"),
        };
    }

    public ReaderOutput Read(string text, ReaderContext context) => Read(Encoding.UTF8.GetBytes(text), context);

    private static bool IsBlank(byte[] line) => line.AsSpan().IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;
}
