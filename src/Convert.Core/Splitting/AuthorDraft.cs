using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>An author being assembled from a name line, a role line and bio paragraphs.</summary>
internal sealed class AuthorDraft(PersonName person)
{
    private readonly List<string> _bio = [];

    public PersonName Person { get; private set; } = person;

    public string? Role { get; set; }

    /// <summary>True when the name stood under an "About the author(s)" heading.</summary>
    public bool UnderHeading { get; init; }

    public IReadOnlyList<string> Bio => _bio;

    private readonly List<AuthorLink> _links = [];

    public void AddBio(string paragraph) => _bio.Add(paragraph);

    /// <summary>A profile link that stood on its own line under the name; it is a link, not bio text.</summary>
    public void AddLink(AuthorLink link) => _links.Add(link);

    /// <summary>Takes over the honorific a bio sentence gave when the name line had none.</summary>
    public void AdoptHonorific(string? honorific)
    {
        if (Person.Honorific is null && honorific is not null)
        {
            Person = Person with { Honorific = honorific };
        }
    }

    public Author ToAuthor() => new(
        Person.Name,
        Person.Honorific,
        Role,
        _bio.ToList(),
        _links.Concat(_bio.SelectMany(HandleExtractor.Extract)).Distinct().ToList());
}
