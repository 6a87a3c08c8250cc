using System.Text.RegularExpressions;

namespace Convert.Core.Splitting;

/// <summary>Headings that lead into bios without naming anyone: "About the author", "About the authors:", "Author bio".</summary>
internal static partial class AuthorHeading
{
    /// <summary>The category of the cleaning rule that removes such headings as end-of-body markers.</summary>
    public const string RuleCategory = "author-heading";

    public static bool Matches(string line) => Pattern().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:about\s+(?:the\s+)?(?:authors?|writers?|contributors?)|(?:the\s+)?authors?(?:\s+(?:bio|bios|biography|information|info|details))?|meet\s+the\s+authors?|contributors?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
