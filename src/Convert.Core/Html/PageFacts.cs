namespace Convert.Core.Html;

/// <summary>What the page says about the article outside its body text.</summary>
internal sealed record PageFacts
{
    public string? Title { get; init; }

    /// <summary>The byline as the page gives it (a byline element's text, or the names from metadata).</summary>
    public string? Byline { get; init; }

    /// <summary>Author names from structured metadata (JSON-LD, meta author), when the page has them.</summary>
    public IReadOnlyList<string> AuthorNames { get; init; } = [];

    public string? Published { get; init; }
    public string? SiteName { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
}
