using Convert.Core.Html;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Streams;

/// <summary>
/// One record of a stream (a line of a JSONL crawl): its key and its page or text, not yet read; or, for a broken
/// line, why it cannot be read. Reading (the costly part) is left to <see cref="Read"/>, so a batch can spread it over threads.
/// </summary>
public sealed class StreamRecord
{
    private static readonly IInputReader HtmlReader = new HtmlInputReader();
    private static readonly IInputReader TextReader = new TextInputReader();

    private readonly string? _content;
    private readonly InputFormat _contentFormat;

    private StreamRecord(long line, RecordKey key, string? content, InputFormat contentFormat, string? problem)
    {
        Line = line;
        Key = key;
        _content = content;
        _contentFormat = contentFormat;
        Problem = problem;
    }

    /// <summary>The record's line in its stream, from 1.</summary>
    public long Line { get; }

    /// <summary>The record's id and url (both null for a broken line).</summary>
    public RecordKey Key { get; }

    /// <summary>Why the line is not a record (one line, for a person), or null.</summary>
    public string? Problem { get; }

    /// <summary>What <c>--shard</c> hashes: the id, else the url, else the line number.</summary>
    public string ShardKey => Key.Id ?? Key.Url ?? $"line {Line}";

    /// <summary>The length of the page or text, in characters (what a batch weighs its memory by).</summary>
    public int ContentLength => _content?.Length ?? 0;

    internal static StreamRecord Page(long line, RecordKey key, string content, InputFormat format) => new(line, key, content, format, null);

    internal static StreamRecord Broken(long line, string problem) => new(line, new RecordKey(null, null), null, InputFormat.Auto, problem);

    /// <summary>Reads the record's page (as HTML) or text into source blocks that carry the record's key.</summary>
    /// <exception cref="InputFormatException">The line is broken, or its content is not readable.</exception>
    public ReaderOutput Read(ReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Problem is not null || _content is null)
            throw new InputFormatException(Problem ?? "the record has no content");
        var reader = _contentFormat == InputFormat.Html ? HtmlReader : TextReader;
        var output = reader.Read(_content, context with { BaseUrl = Key.Url });
        return output with { Record = Key };
    }
}
