using Convert.Core.Learning;
using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Streams;
using Convert.Core.Writing;

namespace Convert.Core;

/// <summary>
/// Converts the records of a stream (a JSONL crawl) through the one pipeline, on several threads, yielding one result
/// per record in stream order. Memory stays bounded whatever the stream's length (see <see cref="OrderedWindows"/>).
/// </summary>
public static class RecordStreamConverter
{
    /// <param name="records">The records, read lazily (<see cref="IRecordStreamReader.ReadRecords"/>).</param>
    /// <param name="pipeline">The pipeline (its rules) to convert with.</param>
    /// <param name="options">Options for every record (title override, forced encoding); the source path is not used.</param>
    /// <param name="shard">Only records whose <see cref="StreamRecord.ShardKey"/> is in this shard are converted or, when broken, reported.</param>
    /// <param name="parallelism">Records converted at a time.</param>
    public static IEnumerable<RecordConversion> Convert(
        IEnumerable<StreamRecord> records, ConversionPipeline pipeline, ConversionOptions options, Shard shard, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        var selected = records.Where(r => shard.Contains(r.ShardKey));
        return OrderedWindows.Map(selected, r => ConvertOne(r, pipeline, options), parallelism, r => r.ContentLength);
    }

    private static RecordConversion ConvertOne(StreamRecord record, ConversionPipeline pipeline, ConversionOptions options)
    {
        if (record.Problem is { } problem)
            return new RecordConversion(record, null, problem);
        try
        {
            var output = record.Read(new ReaderContext(null, pipeline.Rules, options.Encoding));
            var article = pipeline.Convert(output, options with { SourcePath = null });
            return new RecordConversion(record, ControlCharacterGuard.Clean(article), null);
        }
        catch (InputFormatException e)
        {
            return new RecordConversion(record, null, e.Message);
        }
#pragma warning disable CA1031 // A bug on one record must not stop the stream; the result says it crashed.
        catch (Exception e) when (e is not ModelFormatException) // a broken shipped model breaks every record: the caller stops
#pragma warning restore CA1031
        {
            return new RecordConversion(record, null, $"internal error: {e.GetType().Name}: {e.Message}") { Crashed = true };
        }
    }
}

/// <summary>One record's conversion: the article, or why there is none.</summary>
/// <param name="Record">The record (its line and key).</param>
/// <param name="Article">The converted article, or null.</param>
/// <param name="Error">Why the record was not converted (a broken line, unreadable content), or null.</param>
public sealed record RecordConversion(StreamRecord Record, Article? Article, string? Error)
{
    /// <summary>True when the failure is a bug (an unexpected exception), not bad input.</summary>
    public bool Crashed { get; init; }
}
