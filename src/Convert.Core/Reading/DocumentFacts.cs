namespace Convert.Core.Reading;

/// <summary>What a reader learnt about the article outside its blocks (an HTML page's metadata); empty for scraped text.</summary>
public sealed record DocumentFacts
{
    /// <summary>The title, when the input states it (then no block is taken for the title).</summary>
    public string? Title { get; init; }

    /// <summary>The standfirst, when the reader found one beside the title.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The byline as the input gives it, used when the blocks hold no byline line.</summary>
    public string? Byline { get; init; }

    /// <summary>Author names from structured metadata, used when no author is found in the blocks.</summary>
    public IReadOnlyList<string> AuthorNames { get; init; } = [];

    /// <summary>Publication date as yyyy-MM-dd.</summary>
    public string? Published { get; init; }

    public string? SiteName { get; init; }

    /// <summary>BCP 47 language tag the input declares.</summary>
    public string? Language { get; init; }

    /// <summary>The article's address (canonical URL).</summary>
    public string? SourceUrl { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The kind of page (article, forum, product...), when the reader classifies pages (HTML only).</summary>
    public string? PageType { get; init; }

    /// <summary>The classifier's probability for <see cref="PageType"/>.</summary>
    public double? PageTypeProbability { get; init; }

    public static readonly DocumentFacts None = new();
}
