using System.Text.RegularExpressions;

namespace Convert.Core.Writing.Json;

/// <summary>
/// Turns <c>\uD83D\uDE00</c> escapes back into the characters they stand for. The built-in encoders escape every
/// character outside the Basic Multilingual Plane (emoji, some CJK), even the relaxed one; JSON does not need that,
/// and the format promises readable text. Writing a custom <c>JavaScriptEncoder</c> would need unsafe code.
/// </summary>
internal static partial class SurrogatePairUnescaper
{
    public static string Unescape(string json) =>
        json.Contains("\\uD", StringComparison.Ordinal)
            ? EscapedPair().Replace(json, m => m.Groups["slashes"].Value + (char)System.Convert.ToInt32(m.Groups["high"].Value, 16) + (char)System.Convert.ToInt32(m.Groups["low"].Value, 16))
            : json;

    // An escape is a backslash preceded by an even number of backslashes (an odd run means the text had a "\").
    [GeneratedRegex(@"(?<!\\)(?<slashes>(?:\\\\)*)\\u(?<high>D[89AB][0-9A-F]{2})\\u(?<low>D[C-F][0-9A-F]{2})")]
    private static partial Regex EscapedPair();
}
