namespace Convert.Core.Splitting;

/// <summary>What is known about the authors before the author section is read.</summary>
/// <param name="BylineNames">The people the byline named.</param>
/// <param name="Body">The body's words before the section, to tell the article's subjects from its authors.</param>
internal sealed record AuthorEvidence(IReadOnlyList<PersonName> BylineNames, BodyVocabulary Body)
{
    /// <summary>Positions of the blocks where cleaning removed an "About the author(s)" heading: what follows them is author material.</summary>
    public IReadOnlyList<int> AuthorHeadingOrdinals { get; init; } = [];

    /// <summary>True when a removed author heading stood after block <paramref name="after"/> and before block <paramref name="before"/> (positions).</summary>
    public bool HeadingBetween(int after, int before) => AuthorHeadingOrdinals.Any(ordinal => ordinal > after && ordinal < before);

    public bool IsBylineAuthor(PersonName person) => BylineNames.Any(person.IsSamePersonAs);

    /// <summary>True when the body names the person's surname: then they are probably a subject, not the writer.</summary>
    public bool IsNamedInBody(PersonName person) => person.Surname.Length > 1 && Body.Contains(person.Surname);
}
