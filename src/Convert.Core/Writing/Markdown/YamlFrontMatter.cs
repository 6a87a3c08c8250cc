using System.Globalization;
using System.Text;

namespace Convert.Core.Writing.Markdown;

/// <summary>
/// The article's facts as a YAML front matter block ("---" lines around "key: value"), as pandoc, Hugo, Jekyll and
/// trafilatura write it. Every value is a double-quoted scalar, so no text (a colon, a leading "-" or "#", "yes",
/// a date) can change its type or break the block; backslashes, quotes and control characters are escaped.
/// </summary>
internal static class YamlFrontMatter
{
    /// <summary>The block without a final newline, or null when nothing is known.</summary>
    public static string? Of(IReadOnlyList<ArticleFact> facts)
    {
        if (facts.Count == 0)
            return null;
        var yaml = new StringBuilder("---\n");
        foreach (var fact in facts)
        {
            if (fact.IsList)
            {
                yaml.Append(fact.Key).Append(":\n");
                foreach (var value in fact.Values)
                    yaml.Append("  - ").Append(Quote(value)).Append('\n');
            }
            else
            {
                yaml.Append(fact.Key).Append(": ").Append(Quote(fact.Values[0])).Append('\n');
            }
        }
        return yaml.Append("---").ToString();
    }

    /// <summary>A YAML double-quoted scalar: non-ASCII text stays as it is, what YAML cannot hold literally is escaped.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                // C0 and C1 controls, DEL, line/paragraph separators and the BOM are not allowed (or not kept) literally.
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' =>
                    quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }
        return quoted.Append('"').ToString();
    }
}
