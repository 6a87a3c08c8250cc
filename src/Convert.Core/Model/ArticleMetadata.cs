namespace Convert.Core.Model;

/// <summary>Facts about the article that are not body text.</summary>
public sealed record ArticleMetadata
{
    /// <summary>The input's path or name as given by the caller ("-" for stdin), or null.</summary>
    public string? SourcePath { get; init; }
    public string? SourceUrl { get; init; }
    public string? SiteName { get; init; }
    /// <summary>BCP 47 language tag, when known.</summary>
    public string? Language { get; init; }
    /// <summary>Publication date as ISO 8601 (yyyy-MM-dd), when the page gave one.</summary>
    public string? Published { get; init; }
    /// <summary>The byline as written on the page ("By Jane Doe | March 3, 2025").</summary>
    public string? Byline { get; init; }
    /// <summary>Where the article first appeared, from a republication note.</summary>
    public string? RepublishedFrom { get; init; }
    /// <summary>The republication note itself, as written.</summary>
    public string? RepublishedNote { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>The kind of page the input was (article, forum, product, collection, listing, documentation,
    /// service), for HTML inputs; null for scraped text.</summary>
    public string? PageType { get; init; }
    /// <summary>The page-type classifier's probability for <see cref="PageType"/>; not written out.</summary>
    public double? PageTypeProbability { get; init; }

    public static readonly ArticleMetadata Empty = new();
}
