using System.Text.RegularExpressions;

namespace Convert.Core.Writing.Docx;

/// <summary>The document language as Word wants it: a BCP 47 tag, plus which script slot it belongs to.</summary>
internal sealed partial record DocxLanguage(string Tag)
{
    public const string DefaultTag = "en-US";

    private static readonly HashSet<string> EastAsian = new(StringComparer.OrdinalIgnoreCase) { "zh", "ja", "ko" };
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
        { "ar", "he", "fa", "ur", "yi", "ps", "dv", "ckb", "sd", "ug" };

    /// <summary>The primary subtag ("pt" for "pt-BR").</summary>
    public string Primary => Tag.Split('-')[0];

    /// <summary>True for Chinese, Japanese and Korean, which Word tracks in its East Asian language slot.</summary>
    public bool IsEastAsian => EastAsian.Contains(Primary);

    /// <summary>True for right-to-left languages, which Word tracks in its complex-script (bidi) slot.</summary>
    public bool IsRightToLeft => RightToLeft.Contains(Primary);

    /// <summary>The article's language when it looks like a BCP 47 tag ("en_GB" is repaired to "en-GB"), else en-US.</summary>
    public static DocxLanguage From(string? language)
    {
        var candidate = language?.Trim().Replace('_', '-');
        return candidate is not null && TagPattern().IsMatch(candidate)
            ? new DocxLanguage(candidate)
            : new DocxLanguage(DefaultTag);
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex TagPattern();
}
