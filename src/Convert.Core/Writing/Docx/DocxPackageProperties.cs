namespace Convert.Core.Writing.Docx;

/// <summary>What docProps/core.xml and docProps/custom.xml say about the article.</summary>
/// <param name="Title">dc:title.</param>
/// <param name="Creator">dc:creator: every author, "; " between them.</param>
/// <param name="Description">dc:description: the standfirst.</param>
/// <param name="Language">dc:language.</param>
/// <param name="Created">dcterms:created: the publication date when known, else <paramref name="Modified"/>.</param>
/// <param name="Modified">dcterms:modified: the package timestamp (fixed unless the caller asks for the clock).</param>
/// <param name="Custom">Custom properties (name, text), in order; empty values are left out.</param>
internal sealed record DocxPackageProperties(
    string? Title,
    string? Creator,
    string? Description,
    string? Language,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    IReadOnlyList<KeyValuePair<string, string?>> Custom);
