using Convert.Core.Languages;
using Convert.Core.Reading;
using Convert.Core.Splitting;

namespace Convert.Core.Html;

/// <summary>
/// A byline printed as a label and a name in separate elements, with no class that says so:
/// <c>&lt;p&gt;Written by&lt;/p&gt;&lt;p&gt;Jane Doe&lt;/p&gt;</c>, <c>&lt;span&gt;By&lt;/span&gt; &lt;a&gt;Jane Doe&lt;/a&gt;</c>.
/// The name must read as a person's name after the label (<see cref="BylineParser"/>); comments are skipped.
/// </summary>
internal static class LabelledByline
{
    private const int MaxNameLength = 80;

    // How far after the label the name may be: an icon or an empty wrapper may sit between them.
    private const int MaxTextNodesBetween = 2;

    private static readonly HashSet<string> Labels = new(
        LanguageCatalogue.Union(r => r.BylineWords).Concat(["Author", "Authors", "Written By", "Posted By"]), StringComparer.OrdinalIgnoreCase);

    public static string? Find(PageNode body, ClassMarkers markers)
    {
        string? label = null;
        var since = 0;
        foreach (var node in body.Descendants())
        {
            if (!node.IsText || string.IsNullOrWhiteSpace(node.Text))
                continue;
            var text = Whitespace.Collapse(node.Text);
            if (label is not null && since++ <= MaxTextNodesBetween && text.Length <= MaxNameLength && !InComments(node, markers)
                && BylineParser.TryParse($"{BylineWord(label)} {text}") is { Names.Count: > 0 })
                return text;
            if (Labels.Contains(text.TrimEnd(':', ' ')))
            {
                label = text.TrimEnd(':', ' ');
                since = 0;
            }
            else if (since > MaxTextNodesBetween)
            {
                label = null;
            }
        }
        return null;
    }

    // "Author" is a label, not a byline word: the name after it is read as if it followed "By".
    private static string BylineWord(string label) => label.StartsWith("Author", StringComparison.OrdinalIgnoreCase) ? "By" : label;

    private static bool InComments(PageNode node, ClassMarkers markers) => node.Parent is { } parent && markers.IsInComments(parent);
}
