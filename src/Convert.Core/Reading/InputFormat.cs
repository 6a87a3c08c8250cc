namespace Convert.Core.Reading;

/// <summary>What kind of input a conversion reads; each value but <see cref="Auto"/> has one reader in <see cref="Convert.Core.InputReaders"/>.</summary>
public enum InputFormat
{
    /// <summary>Decide from the file name, then the content (see <see cref="Convert.Core.InputReaders.Detect"/>).</summary>
    Auto,

    /// <summary>The plain text a scraper captured.</summary>
    Text,

    /// <summary>The raw HTML of the page.</summary>
    Html,

    /// <summary>This tool's JSON output, read back as a finished article.</summary>
    Json,

    /// <summary>A stream of records, one JSON object per line (a crawl), each read as HTML or text.</summary>
    Jsonl,
}
