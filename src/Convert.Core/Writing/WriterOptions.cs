namespace Convert.Core.Writing;

/// <summary>Options shared by all writers.</summary>
public sealed record WriterOptions
{
    /// <summary>Timestamp written into package properties; fixed by default so the same input gives the same bytes.</summary>
    public DateTimeOffset Timestamp { get; init; } = FixedTimestamp;

    /// <summary>What the Word writer needs beyond the shared options; ignored by the text formats.</summary>
    public DocxOptions Docx { get; init; } = DocxOptions.Default;

    /// <summary>Markdown starts with YAML front matter and text with a header block of the article's facts; false leaves them out.</summary>
    public bool FrontMatter { get; init; } = true;

    /// <summary>
    /// The folder the output file is written to, or null (standard output, a stream). Markdown links a saved image
    /// relative to it, so the link still works when the output lands away from the page.
    /// </summary>
    public string? OutputFolder { get; init; }

    public static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly WriterOptions Default = new();
}
