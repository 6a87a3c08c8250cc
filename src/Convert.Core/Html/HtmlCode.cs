using System.Text;
using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>
/// A &lt;pre&gt; element as a code block: its text with line breaks and spaces as in the page, and the language
/// when the page names it the way highlighters do (class="language-x" or "lang-x" on the &lt;pre&gt; or its &lt;code&gt;).
/// </summary>
internal static class HtmlCode
{
    public static CodeBlock? Of(PageNode pre)
    {
        var text = new StringBuilder();
        foreach (var node in pre.Descendants())
        {
            if (node.IsText)
                text.Append(node.Text);
            else if (node.Tag == "br")
                text.Append('\n');
        }
        var code = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = code.Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
            lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        if (lines.Count == 0)
            return null;
        return new CodeBlock(string.Join('\n', lines), LanguageOf(pre), HtmlSpans.Of(pre));
    }

    private static string? LanguageOf(PageNode pre)
    {
        var code = pre.Children.FirstOrDefault(c => !c.Removed && c.Tag == "code");
        return FromClass(pre.Attribute("class")) ?? FromClass(code?.Attribute("class"));
    }

    private static string? FromClass(string? classes)
    {
        foreach (var name in (classes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var prefix in (ReadOnlySpan<string>)["language-", "lang-"])
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length
                    && name[prefix.Length..].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '-' or '_' or '.'))
                    return name[prefix.Length..].ToLowerInvariant();
            }
        }
        return null;
    }
}
