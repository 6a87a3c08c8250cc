using Convert.Core.Languages;
using System.Globalization;
using Convert.Core.Model;

namespace Convert.Core.Writing;

/// <summary>
/// What every writer prints around the body, decided once so that Word, Markdown and plain text agree:
/// the byline line, the source note, and which authors get an "About" entry.
/// </summary>
internal static class ArticleFrontAndBackMatter
{
    /// <summary>"First published at " in the article's language.</summary>
    public static string SourceNotePrefix(Article article) => WriterLabels.For(article.Metadata.Language).FirstPublishedAt + " ";

    /// <summary>"Source: " in the article's language.</summary>
    public static string SourceLinePrefix(Article article) => WriterLabels.For(article.Metadata.Language).Source + " ";

    private const string DateSeparator = " \u2014 ";

    /// <summary>
    /// "By" and the authors' display names, then the publication date: "By Ann Lee and Bo Kim — 3 March 2025".
    /// With no author, the page's own byline as written. Null when there is nothing to say.
    /// </summary>
    public static string? BylineLine(Article article)
    {
        var authors = AuthorsLine(article);
        var date = DateLine(article);
        return authors is null || date is null ? authors ?? date : authors + DateSeparator + date;
    }

    /// <summary>
    /// The byline alone, for layouts that print the date on its own line: "By Ann Lee and Bo Kim", or the page's
    /// own byline as written when no author was found. Null when there is neither.
    /// </summary>
    public static string? AuthorsLine(Article article)
    {
        var names = AuthorNames(article);
        if (names.Count > 0)
        {
            var labels = WriterLabels.For(article.Metadata.Language);
            return labels.By + " " + JoinNames(names, labels);
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

    /// <summary>The authors' display names, trimmed, leaving out empty ones.</summary>
    public static List<string> AuthorNames(Article article) =>
        [.. article.Authors.Select(a => a.DisplayName.Trim()).Where(n => n.Length > 0)];

    /// <summary>The publication date when the metadata gives it as an ISO date (yyyy-MM-dd), else null.</summary>
    public static DateOnly? PublishedDate(string? published) =>
        DateOnly.TryParseExact(published?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The URL for "First published at URL" when the article is a republication, else null.</summary>
    public static string? SourceNoteUrl(Article article) =>
        string.IsNullOrWhiteSpace(article.Metadata.RepublishedFrom) ? null : article.Metadata.RepublishedFrom.Trim();

    /// <summary>Authors with a role or a bio; the others appear in the byline only.</summary>
    public static IReadOnlyList<Author> AuthorsToIntroduce(Article article) =>
        [.. article.Authors.Where(a => !string.IsNullOrWhiteSpace(a.Role) || a.Bio.Any(b => !string.IsNullOrWhiteSpace(b)))];

    public static string AboutHeading(Article article, int count)
    {
        var labels = WriterLabels.For(article.Metadata.Language);
        return count == 1 ? labels.AboutAuthor : labels.AboutAuthors;
    }

    /// <summary>
    /// "3 March 2025", "3. März 2025", "3 de marzo de 2025"... in a language <see cref="WriterLabels"/> knows (English
    /// when unknown); the ISO date for other languages, whose month names the tool does not carry.
    /// </summary>
    internal static string? FormatDate(string? published, string? language)
    {
        if (string.IsNullOrWhiteSpace(published))
        {
            return null;
        }

        return WriterLabels.Knows(language) && PublishedDate(published) is { } date
            ? WriterLabels.For(language).Date(date)
            : published.Trim();
    }

    private static string JoinNames(List<string> names, WriterLabels labels) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " " + labels.And + " " + names[^1],
    };
}
