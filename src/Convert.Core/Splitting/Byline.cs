namespace Convert.Core.Splitting;

/// <summary>What a byline line said: who wrote the article, with an optional role and date.</summary>
/// <param name="Raw">The line as written ("By Jane Doe | March 3, 2025").</param>
/// <param name="Names">The people named, in order; empty for "By Staff" or an agency.</param>
/// <param name="Role">A role after the first name ("Senior Editor"), or null.</param>
/// <param name="Published">A date found on the line, as yyyy-MM-dd, or null.</param>
internal sealed record Byline(string Raw, IReadOnlyList<PersonName> Names, string? Role, string? Published);
