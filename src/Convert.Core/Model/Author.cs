namespace Convert.Core.Model;

/// <summary>A person who wrote the article, with what the page said about them.</summary>
/// <param name="Name">The name as displayed, without honorific ("Anna Berg", not "Dr Anna Berg").</param>
/// <param name="Honorific">Mr, Ms, Mrs, Dr, Prof, ... as written on the page, or null.</param>
/// <param name="Role">The role line ("Senior Fellow"), or null.</param>
/// <param name="Bio">Bio paragraphs in page order; empty when the page gave only a name.</param>
/// <param name="Links">Profile links and handles found in the bio.</param>
public sealed record Author(
    string Name,
    string? Honorific,
    string? Role,
    IReadOnlyList<string> Bio,
    IReadOnlyList<AuthorLink> Links)
{
    public Author(string name) : this(name, null, null, [], []) { }

    /// <summary>The name with its honorific, as it would be printed ("Dr Anna Berg").</summary>
    public string DisplayName => Honorific is null ? Name : $"{Honorific} {Name}";
}

/// <summary>A link of an author: <paramref name="Kind"/> is "x" for an @handle, "email", or "web".</summary>
public sealed record AuthorLink(string Kind, string Label, string Url);
