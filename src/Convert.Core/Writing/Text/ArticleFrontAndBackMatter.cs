using Convert.Core.Model;

namespace Convert.Core.Writing.Text;

/// <summary>
/// What the text writers (Markdown, plain text) print around the body, decided once so both agree:
/// the byline line, the source note, and which authors get an "About" entry.
/// </summary>
internal static class ArticleFrontAndBackMatter
{
    /// <summary>
    /// The byline as the page wrote it; otherwise "By" and the author names, with the publication date.
    /// Null when there is nothing to say.
    /// </summary>
    public static string? BylineLine(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Metadata.Byline))
            return article.Metadata.Byline.Trim();
        var names = article.Authors.Select(a => a.DisplayName).ToList();
        var byNames = names.Count == 0 ? null : "By " + JoinNames(names);
        var date = article.Metadata.Published;
        return (byNames, date) switch
        {
            (null, null) => null,
            (_, null) => byNames,
            (null, _) => date,
            _ => $"{byNames} · {date}",
        };
    }

    /// <summary>"First published at URL" when the article is a republication, else null.</summary>
    public static string? SourceNoteUrl(Article article) =>
        string.IsNullOrWhiteSpace(article.Metadata.RepublishedFrom) ? null : article.Metadata.RepublishedFrom.Trim();

    public const string SourceNotePrefix = "First published at ";

    /// <summary>Authors with a role or a bio; the others appear in the byline only.</summary>
    public static IReadOnlyList<Author> AuthorsToIntroduce(Article article) =>
        [.. article.Authors.Where(a => !string.IsNullOrWhiteSpace(a.Role) || a.Bio.Count > 0)];

    public static string AboutHeading(int count) => count == 1 ? "About the author" : "About the authors";

    private static string JoinNames(List<string> names) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
