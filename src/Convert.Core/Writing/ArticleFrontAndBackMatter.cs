using System.Globalization;
using Convert.Core.Model;

namespace Convert.Core.Writing;

/// <summary>
/// What every writer prints around the body, decided once so that Word, Markdown and plain text agree:
/// the byline line, the source note, and which authors get an "About" entry.
/// </summary>
internal static class ArticleFrontAndBackMatter
{
    public const string SourceNotePrefix = "First published at ";

    private const string DateSeparator = " \u2014 ";

    /// <summary>
    /// "By" and the authors' display names, then the publication date: "By Ann Lee and Bo Kim — 3 March 2025".
    /// With no author, the page's own byline as written. Null when there is nothing to say.
    /// </summary>
    public static string? BylineLine(Article article)
    {
        var names = article.Authors.Select(a => a.DisplayName.Trim()).Where(n => n.Length > 0).ToList();
        if (names.Count == 0 && !string.IsNullOrWhiteSpace(article.Metadata.Byline))
        {
            // The page's own byline usually carries its date already.
            return article.Metadata.Byline.Trim();
        }

        var byNames = names.Count == 0 ? null : "By " + JoinNames(names);
        var date = FormatDate(article.Metadata.Published, article.Metadata.Language);
        return (byNames, date) switch
        {
            (null, null) => null,
            (_, null) => byNames,
            (null, _) => date,
            _ => byNames + DateSeparator + date,
        };
    }

    /// <summary>
    /// The byline alone, for layouts that print the date on its own line: "By Ann Lee and Bo Kim", or the page's
    /// own byline as written when no author was found. Null when there is neither.
    /// </summary>
    public static string? AuthorsLine(Article article)
    {
        var names = article.Authors.Select(a => a.DisplayName.Trim()).Where(n => n.Length > 0).ToList();
        if (names.Count > 0)
        {
            return "By " + JoinNames(names);
        }

        return string.IsNullOrWhiteSpace(article.Metadata.Byline) ? null : article.Metadata.Byline.Trim();
    }

    /// <summary>
    /// The publication date for a line of its own ("3 March 2025"), or null when unknown or when the page's own
    /// byline stands in for the authors (it usually carries the date already).
    /// </summary>
    public static string? DateLine(Article article)
    {
        var hasNames = article.Authors.Any(a => a.DisplayName.Trim().Length > 0);
        return !hasNames && !string.IsNullOrWhiteSpace(article.Metadata.Byline)
            ? null
            : FormatDate(article.Metadata.Published, article.Metadata.Language);
    }

    /// <summary>The URL for "First published at URL" when the article is a republication, else null.</summary>
    public static string? SourceNoteUrl(Article article) =>
        string.IsNullOrWhiteSpace(article.Metadata.RepublishedFrom) ? null : article.Metadata.RepublishedFrom.Trim();

    /// <summary>Authors with a role or a bio; the others appear in the byline only.</summary>
    public static IReadOnlyList<Author> AuthorsToIntroduce(Article article) =>
        [.. article.Authors.Where(a => !string.IsNullOrWhiteSpace(a.Role) || a.Bio.Any(b => !string.IsNullOrWhiteSpace(b)))];

    public static string AboutHeading(int count) => count == 1 ? "About the author" : "About the authors";

    /// <summary>
    /// "3 March 2025" for English (or unknown-language) articles; the ISO date otherwise, since month names in
    /// the article's language are not available (the tool runs with invariant globalization).
    /// </summary>
    internal static string? FormatDate(string? published, string? language)
    {
        if (string.IsNullOrWhiteSpace(published))
        {
            return null;
        }

        var trimmed = published.Trim();
        var english = string.IsNullOrWhiteSpace(language) || language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        return english && DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : trimmed;
    }

    private static string JoinNames(List<string> names) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
