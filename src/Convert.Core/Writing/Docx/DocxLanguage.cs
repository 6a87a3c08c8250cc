using System.Text.RegularExpressions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>The document language as Word wants it: a BCP 47 tag, plus which script slot it belongs to.</summary>
internal sealed partial record DocxLanguage(string Tag)
{
    private static readonly HashSet<string> EastAsian = new(StringComparer.OrdinalIgnoreCase) { "zh", "ja", "ko" };
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
        { "ar", "he", "fa", "ur", "yi", "ps", "dv", "ckb", "sd", "ug" };

    /// <summary>The primary subtag ("pt" for "pt-BR").</summary>
    public string Primary => Tag.Split('-')[0];

    /// <summary>True for Chinese, Japanese and Korean, which Word tracks in its East Asian language slot.</summary>
    public bool IsEastAsian => EastAsian.Contains(Primary);

    /// <summary>True for right-to-left languages, which Word tracks in its complex-script (bidi) slot.</summary>
    public bool IsRightToLeft => RightToLeft.Contains(Primary);

    /// <summary>
    /// The language in the slot Word reads for the language's script: East Asian languages in eastAsia, right-to-left
    /// ones in bidi, all others in val. Word keeps one language per slot, so the others are left as they are.
    /// </summary>
    public W.Languages RunLanguages() =>
        IsEastAsian ? new W.Languages { EastAsia = Tag }
        : IsRightToLeft ? new W.Languages { Bidi = Tag }
        : new W.Languages { Val = Tag };

    /// <summary>
    /// The document defaults' languages: the article's language in its own slot, and in val too, so Latin text
    /// (names, numbers) in an East Asian or right-to-left article is proofed and hyphenated sensibly.
    /// </summary>
    public W.Languages DefaultLanguages()
    {
        // Assigning null to a string attribute writes it empty, so the optional slots are only set when used.
        var languages = new W.Languages { Val = Tag };
        if (IsEastAsian)
        {
            languages.EastAsia = Tag;
        }

        if (IsRightToLeft)
        {
            languages.Bidi = Tag;
        }

        return languages;
    }

    /// <summary>The East Asian serif font for a language, or for an unknown one (<c>null</c>) simplified Chinese's.</summary>
    public static string EastAsianFontFor(DocxLanguage? language) => language?.EastAsianFont ?? "SimSun";

    /// <summary>
    /// A serif (Mincho, Song, Batang) East Asian font for the language, as Word and LibreOffice name them:
    /// Japanese, traditional and simplified Chinese, Korean; simplified Chinese's for other languages.
    /// </summary>
    public string EastAsianFont => Primary.ToLowerInvariant() switch
    {
        "ja" => "MS Mincho",
        "ko" => "Batang",
        "zh" when Tag.Contains("Hant", StringComparison.OrdinalIgnoreCase)
            || Tag.EndsWith("-TW", StringComparison.OrdinalIgnoreCase)
            || Tag.EndsWith("-HK", StringComparison.OrdinalIgnoreCase)
            || Tag.EndsWith("-MO", StringComparison.OrdinalIgnoreCase) => "PMingLiU",
        _ => "SimSun",
    };

    /// <summary>
    /// The language when it looks like a BCP 47 tag ("en_GB" is repaired to "en-GB"), else null: an unknown language
    /// gets no tag at all, since a wrong one (English proofing and hyphenation for Chinese or Hebrew) is worse.
    /// </summary>
    public static DocxLanguage? TryFrom(string? language)
    {
        var candidate = language?.Trim().Replace('_', '-');
        return candidate is not null && TagPattern().IsMatch(candidate) ? new DocxLanguage(candidate) : null;
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex TagPattern();
}
