using System.Net;
using System.Text.RegularExpressions;

namespace Convert.Core.Html;

/// <summary>
/// Decodes character references left in a value after the markup was decoded once: many sites escape their meta
/// content and JSON-LD twice ("&amp;#8211;" in the source, "&#8211;" after parsing), and readers want "–".
/// </summary>
internal static partial class EntityText
{
    public static string? Decode(string? value) =>
        value is null || !value.Contains('&', StringComparison.Ordinal) || !Reference().IsMatch(value) ? value : WebUtility.HtmlDecode(value);

    [GeneratedRegex(@"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")]
    private static partial Regex Reference();
}
