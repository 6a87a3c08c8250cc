using System.Text.RegularExpressions;

namespace Convert.Core.Splitting;

/// <summary>
/// Text that sits near bios but is never one: contributor credits, disclaimers, sign-offs, newsletter promos,
/// acknowledgements, profile link labels, contact lines and comments.
/// </summary>
internal static partial class NotBioLine
{
    public static bool Matches(string text) =>
        Credit().IsMatch(text) || Disclaimer().IsMatch(text) || SignOff().IsMatch(text) || Promo().IsMatch(text)
        || LinkLabel().IsMatch(text) || Phone().IsMatch(text) || Comment().IsMatch(text);

    [GeneratedRegex(@"^(?:additional\s+)?(?:reporting|research|writing|editing|contributions?|translation)\s+(?:by|from)\b|^(?:edited|produced|compiled|illustrated|photographed|translated|fact-checked)\s+by\b|\bcontributed\s+(?:reporting|to\s+this)|^(?:with\s+)?thanks\s+to\b|^published\s+in\b", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    [GeneratedRegex(@"\b(?:opinions?|views?)\s+expressed\b|\bare\s+(?:those\s+of\s+the\s+author|(?:his|her|their|the\s+author'?s?)\s+own)\b|\bdo(?:es)?\s+not\s+(?:necessarily\s+)?reflect\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^(?:follow|connect\s+with|find)\s+(?:me|us)\b|^check\s+out\s+my\b|^you\s+can\s+(?:follow|reach|contact)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(?:subscribe|sign\s+up|join)\b|\b(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the|this)\b|\bget\s+(?:our|the)\s+\w*\s*newsletter\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promo();

    [GeneratedRegex(@"^(?:biography|full\s+bio|view\s+(?:full\s+)?profile|more\s+(?:articles|posts|stories)\s+(?:from|by)\b.*|see\s+all\s+(?:articles|posts)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkLabel();

    [GeneratedRegex(@"\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\s(?:says|said|wrote):?$|^reply$|^\d+\s+(?:comments?|responses?|replies)$", RegexOptions.IgnoreCase)]
    private static partial Regex Comment();
}
