namespace Convert.Core.Writing.Docx;

/// <summary>
/// The paper an article is printed on when the user did not say: US Letter where Letter is the norm (the United
/// States, Canada, Mexico, the Philippines and a few Latin American countries), A4 everywhere else. Only the region
/// decides: a bare language ("en", "es") names no country, and most of the world uses A4, so it gets A4.
/// </summary>
internal static class DocxPaper
{
    private static readonly HashSet<string> LetterRegions = new(StringComparer.OrdinalIgnoreCase)
        { "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI" };

    public static DocxPageLayout For(PaperSize paper, string? languageTag) => paper switch
    {
        PaperSize.A4 => DocxPageLayout.A4,
        PaperSize.Letter => DocxPageLayout.Letter,
        _ => IsLetterRegion(languageTag) ? DocxPageLayout.Letter : DocxPageLayout.A4,
    };

    /// <summary>True when the tag's region subtag ("en-US", "es-419" is not one) is a Letter country.</summary>
    public static bool IsLetterRegion(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag))
        {
            return false;
        }

        // The region is the first two-letter subtag after the language ("zh-Hant-TW" -> TW).
        var subtags = languageTag.Trim().Replace('_', '-').Split('-');
        var region = subtags.Skip(1).FirstOrDefault(s => s.Length == 2 && s.All(char.IsAsciiLetter));
        return region is not null && LetterRegions.Contains(region);
    }
}
