namespace Convert.Core.Splitting;

public sealed record SplitOptions
{
    /// <summary>A title given by the user; it wins over any title line found in the text.</summary>
    public string? TitleOverride { get; init; }

    public static readonly SplitOptions Default = new();
}
