namespace Convert.Core.Streams;

/// <summary>
/// An input format that holds many articles (a JSONL crawl). Such a reader is in <see cref="Convert.Core.InputReaders"/>
/// like any other; a batch reads its inputs record by record instead of as one article each.
/// </summary>
public interface IRecordStreamReader
{
    /// <summary>
    /// The records in stream order, read lazily (one line in memory at a time); a broken line is a record with a
    /// <see cref="StreamRecord.Problem"/>, and the stream goes on after it. Blank lines are skipped.
    /// </summary>
    IEnumerable<StreamRecord> ReadRecords(Stream input);
}
