using System.Text.RegularExpressions;

namespace Convert.Core.Writing.Markdown;

/// <summary>Code in CommonMark: a fenced block, or an inline code span, each with a fence longer than any backtick run inside.</summary>
internal static partial class MarkdownCode
{
    public static string Fenced(string code, string? language)
    {
        var fence = new string('`', Math.Max(3, LongestBackticks(code) + 1));
        // A language name with a backtick or space would break the info string; such a name is left out.
        var info = language is { Length: > 0 } && !language.Any(c => c == '`' || char.IsWhiteSpace(c)) ? language : "";
        return $"{fence}{info}\n{code.Replace("\r\n", "\n", StringComparison.Ordinal)}\n{fence}";
    }

    public static string Span(string text)
    {
        var fence = new string('`', LongestBackticks(text) + 1);
        // A space inside the fence keeps a leading or trailing backtick apart from it; readers strip one space each side.
        var pad = text.StartsWith('`') || text.EndsWith('`') || (text.StartsWith(' ') && text.EndsWith(' ')) ? " " : "";
        return fence + pad + text + pad + fence;
    }

    private static int LongestBackticks(string text) =>
        Backticks().Matches(text).Select(m => m.Length).DefaultIfEmpty(0).Max();

    [GeneratedRegex("`+")]
    private static partial Regex Backticks();
}
