using System.Text;
using System.Text.RegularExpressions;
using Convert.Core.Model;

namespace Convert.Core.Writing.Markdown;

/// <summary>
/// Turns model text into CommonMark that reads back as the same text: inline runs with emphasis, links, code spans
/// and &lt;sub&gt;/&lt;sup&gt;,
/// special characters escaped, and line starts that would open a block ("# ", "1. ", "> ", "- ") defused.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>
    /// Renders runs as one inline Markdown string. A line break in the text becomes a hard break ("\" at the end
    /// of the line), since a bare newline would read back as a space.
    /// </summary>
    public static string Inline(IReadOnlyList<Run> runs)
    {
        var markdown = new StringBuilder();
        foreach (var run in runs)
            AppendRun(markdown, run);
        return DefuseLineStarts(markdown.ToString());
    }

    public static string Inline(string text) => Inline([Run.Plain(text)]);

    /// <summary>Escapes text so that no character in it is read as Markdown syntax inside a line.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|'
                || (c == '&' && EntityAhead().IsMatch(text, i)))
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>A link destination that needs no further escaping (spaces and brackets percent-encoded).</summary>
    public static string Destination(string url) => url
        .Replace(" ", "%20", StringComparison.Ordinal)
        .Replace("(", "%28", StringComparison.Ordinal)
        .Replace(")", "%29", StringComparison.Ordinal)
        .Replace("<", "%3C", StringComparison.Ordinal)
        .Replace(">", "%3E", StringComparison.Ordinal);

    private static void AppendRun(StringBuilder markdown, Run run)
    {
        if (run.Text.Length == 0)
            return;
        // Emphasis markers must touch the text ("**bold** ", not "**bold **"), so edge spaces go outside them.
        var core = run.Text.Trim();
        var lead = run.Text[..(run.Text.Length - run.Text.TrimStart().Length)];
        var trail = run.Text[run.Text.TrimEnd().Length..];
        if (core.Length == 0)
        {
            markdown.Append(run.Text);
            return;
        }
        var marker = (run.Bold ? "**" : "") + (run.Italic ? "*" : "");
        var text = run.Code ? MarkdownCode.Span(core) : Escape(core);
        // CommonMark has no sub/superscript syntax; its inline HTML does.
        text = run.Position switch
        {
            RunPosition.Subscript => $"<sub>{text}</sub>",
            RunPosition.Superscript => $"<sup>{text}</sup>",
            _ => text,
        };
        var body = marker + text + Reverse(marker);
        if (run.LinkUrl is not null)
            body = $"[{body}]({Destination(run.LinkUrl)})";
        markdown.Append(lead).Append(body).Append(trail);
    }

    private static string Reverse(string marker) => marker.Length == 3 ? "***" : marker;

    /// <summary>
    /// Escapes what would start a block at the beginning of any line, drops indentation (code blocks) and marks
    /// every line break as a hard break; blank lines are dropped, as they would end the block.
    /// </summary>
    private static string DefuseLineStarts(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n').Where(line => line.Trim().Length > 0).DefaultIfEmpty("").ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart(' ', '\t');
            var ordered = OrderedListMarker().Match(line);
            if (ordered.Success)
                line = line.Insert(ordered.Groups["digits"].Length, "\\");
            else if (line.Length > 0 && line[0] is '#' or '-' or '+' or '=' or '~')
                line = "\\" + line;
            lines[i] = line;
        }
        return string.Join("\\\n", lines);
    }

    // "1. " or "1) " (up to 9 digits in CommonMark) at a line start would begin an ordered list.
    [GeneratedRegex(@"^(?<digits>[0-9]{1,9})[.)](\s|$)")]
    private static partial Regex OrderedListMarker();

    // "&amp;" or "&#169;" would be decoded as an entity.
    [GeneratedRegex(@"\G&#?[A-Za-z0-9]+;")]
    private static partial Regex EntityAhead();
}
