using System.Text.RegularExpressions;

namespace Convert.Core.Splitting;

/// <summary>Headings that lead into bios without naming anyone: "About the author", "About the authors:", "Author bio".</summary>
internal static partial class AuthorHeading
{
    /// <summary>The category of the cleaning rule that removes such headings as end-of-body markers.</summary>
    public const string RuleCategory = "author-heading";

    public static bool Matches(string line) => Pattern().IsMatch(line.Trim());

    /// <summary>
    /// The bio after an inline heading ("*About the author: Jane Doe is ...", "About the authors — ..."), or null.
    /// </summary>
    public static string? InlineBio(string line) => Inline().Match(line.Trim()) is { Success: true } m ? m.Groups["bio"].Value : null;

    [GeneratedRegex(@"^[*_\W]{0,3}about\s+the\s+(?:authors?|writers?|contributors?)\s*[:—–-]\s*(?<bio>\p{Lu}.{20,})$", RegexOptions.IgnoreCase)]
    private static partial Regex Inline();

    [GeneratedRegex(@"^(?:about\s+(?:the\s+)?(?:authors?|writers?|contributors?)|(?:the\s+)?authors?(?:\s+(?:bio|bios|biography|information|info|details))?|meet\s+the\s+authors?|contributors?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
