namespace Convert.Core.Splitting;

public sealed record SplitOptions
{
    /// <summary>A title given by the user; it wins over any title line found in the text.</summary>
    public string? TitleOverride { get; init; }

    /// <summary>
    /// False when the title is known from elsewhere (HTML metadata): the first block is then never taken for the title.
    /// </summary>
    public bool DetectTitle { get; init; } = true;

    /// <summary>A byline known from elsewhere (HTML metadata), used when the text has no byline line.</summary>
    public string? KnownByline { get; init; }

    public static readonly SplitOptions Default = new();
}
