using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// Joins the byline's names with the authors found in bios: the same person (case, dots and honorifics ignored)
/// becomes one author with the bio's details; byline names without a bio stay as name-only authors.
/// Byline order comes first, then bio authors the byline did not name.
/// </summary>
internal static class AuthorMerger
{
    public static IReadOnlyList<Author> Merge(Byline? byline, IReadOnlyList<AuthorDraft> fromBios)
    {
        var remaining = fromBios.ToList();
        var result = new List<Author>();
        foreach (var name in byline?.Names ?? [])
        {
            var matches = remaining.Where(d => d.Person.IsSamePersonAs(name)).ToList();
            remaining.RemoveAll(matches.Contains);
            var bylineRole = name == byline!.Names[^1] ? byline.Role : null;
            result.Add(matches.Count == 0
                ? new Author(name.Name, name.Honorific, bylineRole, [], [])
                : Combine(matches, bylineRole, name));
        }
        result.AddRange(MergeDuplicates(remaining));
        return result;
    }

    private static IEnumerable<Author> MergeDuplicates(List<AuthorDraft> drafts)
    {
        while (drafts.Count > 0)
        {
            var same = drafts.Where(d => d.Person.IsSamePersonAs(drafts[0].Person)).ToList();
            drafts.RemoveAll(same.Contains);
            yield return Combine(same, null, null);
        }
    }

    private static Author Combine(IReadOnlyList<AuthorDraft> drafts, string? bylineRole, PersonName? bylineName)
    {
        var authors = drafts.Select(d => d.ToAuthor()).ToList();
        // The longer spelling is usually the fuller one ("Jane Q. Doe" over "Jane Doe").
        var name = authors.Select(a => a.Name).Append(bylineName?.Name ?? "").MaxBy(n => n.Length)!;
        return new Author(
            name,
            authors.Select(a => a.Honorific).FirstOrDefault(h => h is not null) ?? bylineName?.Honorific,
            authors.Select(a => a.Role).FirstOrDefault(r => r is not null) ?? bylineRole,
            authors.SelectMany(a => a.Bio).ToList(),
            authors.SelectMany(a => a.Links).Distinct().ToList());
    }
}
