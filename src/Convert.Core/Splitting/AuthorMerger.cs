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
        // The name with most words is the fullest ("Jane Q Doe" over "Jane Doe"); on a tie the bio's spelling wins,
        // because a name line is written as the person wants it shown and bylines are often upper-cased.
        var candidates = drafts.Select(d => d.Person).ToList();
        if (bylineName is not null)
        {
            candidates.Add(bylineName);
        }
        var name = candidates.MaxBy(p => p.Keys.Count)!.Name;
        return new Author(
            name,
            authors.Select(a => a.Honorific).FirstOrDefault(h => h is not null) ?? bylineName?.Honorific,
            authors.Select(a => a.Role).FirstOrDefault(r => r is not null) ?? bylineRole,
            authors.SelectMany(a => a.Bio).ToList(),
            authors.SelectMany(a => a.Links).Distinct().ToList());
    }
}
