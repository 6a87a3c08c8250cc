using System.Globalization;
using Convert.Core.Model;

namespace Convert.Core.Writing.Docx;

/// <summary>The byline under the title: the authors' display names, then the publication date when known.</summary>
internal static class DocxByline
{
    private const string Separator = " \u2014 ";

    /// <summary>The byline text, or null when there is neither an author nor a date.</summary>
    public static string? Text(Article article, DocxLanguage language)
    {
        var names = string.Join(", ", article.Authors.Select(a => a.DisplayName.Trim()).Where(n => n.Length > 0));
        if (names.Length == 0 && !string.IsNullOrWhiteSpace(article.Metadata.Byline))
        {
            // The page's own byline usually carries its date already.
            return article.Metadata.Byline.Trim();
        }

        var date = FormatDate(article.Metadata.Published, language);
        return (names.Length > 0, date is not null) switch
        {
            (true, true) => names + Separator + date,
            (true, false) => names,
            (false, true) => date,
            _ => null,
        };
    }

    /// <summary>
    /// "3 March 2025" for English articles; the ISO date for other languages, since month names in the
    /// article's language are not available (the tool runs with invariant globalization).
    /// </summary>
    private static string? FormatDate(string? published, DocxLanguage language)
    {
        if (string.IsNullOrWhiteSpace(published))
        {
            return null;
        }

        var trimmed = published.Trim();
        var isEnglish = string.Equals(language.Primary, "en", StringComparison.OrdinalIgnoreCase);
        return isEnglish && DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : trimmed;
    }
}
