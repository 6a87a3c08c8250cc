using System.Text.RegularExpressions;

namespace Convert.Core.Html;

/// <summary>
/// Text reduced to its lower-cased words joined by single spaces ("Rust's  Blog!" → "rust s blog"), so titles, site
/// names and headings compare without their punctuation, case and spacing.
/// </summary>
internal static partial class WordKey
{
    public static string Of(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Join(' ', Word().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    public static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : Word().Count(text);

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
