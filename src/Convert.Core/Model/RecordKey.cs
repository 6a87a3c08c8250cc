namespace Convert.Core.Model;

/// <summary>
/// Who a record of a stream (a JSONL crawl) is: its <c>id</c> and <c>url</c> as the record gave them. Carried into
/// the article so that each output line can be matched with its input record.
/// </summary>
/// <param name="Id">The record's id (a JSON number is kept as its text), or null.</param>
/// <param name="Url">The address the record was fetched from, or null.</param>
public sealed record RecordKey(string? Id, string? Url);
