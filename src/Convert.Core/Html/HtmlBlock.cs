using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>A body block built from HTML, with the element it came from.</summary>
internal sealed record HtmlBlock(Block Block, PageNode Source)
{
    /// <summary>The block's lines for the text rules: list items one per line, line breaks kept.</summary>
    public IReadOnlyList<string> Lines => Block switch
    {
        ListBlock list => list.Items.Select(i => Flatten(i.PlainText)).ToList(),
        _ => Block.PlainText.Split('\n').Select(Flatten).Where(l => l.Length > 0).ToList(),
    };

    private static string Flatten(string text) => text.Replace('\n', ' ').Trim();
}
