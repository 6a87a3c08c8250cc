namespace Convert.Core.Writing;

/// <summary>Options shared by all writers.</summary>
public sealed record WriterOptions
{
    /// <summary>Timestamp written into package properties; fixed by default so the same input gives the same bytes.</summary>
    public DateTimeOffset Timestamp { get; init; } = FixedTimestamp;

    public static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly WriterOptions Default = new();
}
