using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>A body block built from HTML, with the element it came from.</summary>
internal sealed record HtmlBlock(Block Block, PageNode Source)
{
    /// <summary>
    /// The block's lines for the text rules: list items one per line, line breaks kept. A list led by a label
    /// ("More about:", "Tags:") is one line, "More about: Hotels, Hygiene", as a text scrape would have it, so the
    /// tag rules can take it whole.
    /// </summary>
    public IReadOnlyList<string> Lines => Block switch
    {
        ListBlock { Items: [var label, _, ..] } list when Flatten(label.PlainText).EndsWith(':') =>
            [$"{Flatten(label.PlainText)} {string.Join(", ", list.Items.Skip(1).Select(i => Flatten(i.PlainText)))}"],
        ListBlock list => list.Items.Select(i => Flatten(i.PlainText)).ToList(),
        _ => Block.PlainText.Split('\n').Select(Flatten).Where(l => l.Length > 0).ToList(),
    };

    private static string Flatten(string text) => text.Replace('\n', ' ').Trim();
}
