using System.Text.RegularExpressions;
using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>
/// Tells a figure's credit from its caption: elements that say so (&lt;cite&gt;, class names with credit, copyright,
/// byline...), else a trailing credit in the caption's text ("(Photo: …)", "Image: …", "Foto: …", "(Bild: …)",
/// "Credit: …", "© …", "Photo by …"). Also knows the placeholders a page prints for a missing caption ("Image").
/// </summary>
internal static partial class FigureCredits
{
    private static readonly string[] CreditWords = ["credit", "copyright", "byline", "attribution", "photographer", "courtesy"];

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "image", "images", "img", "photo", "photos", "picture", "pic", "photograph", "illustration", "graphic", "caption",
        "placeholder", "image placeholder", "foto", "bild", "grafik", "abbildung", "imagen", "immagine", "afbeelding",
    };

    /// <summary>The outermost credit elements of a figure, in page order; never the caption element or one holding it.</summary>
    public static List<PageNode> Elements(PageNode container, PageNode caption)
    {
        var found = new List<PageNode>();
        foreach (var node in container.Descendants())
        {
            if (!node.IsElement || caption.IsInside(node) || found.Any(node.IsInside))
                continue;
            if (node.Tag == "cite" || (node.Attributes is not null && CreditWords.Any(w => node.ClassAndId.Contains(w, StringComparison.Ordinal))))
                found.Add(node);
        }
        return found;
    }

    /// <summary>The caption cut before a trailing credit, and the credit; the caption as it is when it ends in none.</summary>
    public static (List<Run> Caption, List<Run> Credit) SplitTrailing(List<Run> caption)
    {
        var text = Block.Join(caption);
        var match = TrailingCredit().Match(text);
        if (!match.Success)
            return (caption, []);
        var (before, after) = SplitAt(caption, match.Index);
        return (TrimEnd(before), TrimStart(after));
    }

    /// <summary>
    /// The runs without the last place <paramref name="credit"/> stands in their text, and the runs of that place; the
    /// runs as they are and none when it is not there.
    /// </summary>
    public static (List<Run> Remaining, List<Run> Credit) Cut(IReadOnlyList<Run> runs, string credit)
    {
        var at = credit.Length == 0 ? -1 : Block.Join(runs).LastIndexOf(credit, StringComparison.Ordinal);
        if (at < 0)
            return ([.. runs], []);
        var (before, from) = SplitAt(runs, at);
        var (cut, after) = SplitAt(from, credit.Length);
        var rest = TrimEnd(before);
        var tail = TrimStart(after);
        if (rest.Count > 0 && tail.Count > 0)
            rest.Add(Run.Plain(" "));
        rest.AddRange(tail);
        return (TrimEnd(rest), cut);
    }

    /// <summary>True for a caption that only says there is an image.</summary>
    public static bool IsPlaceholder(string caption) =>
        Placeholders.Contains(caption.Trim().TrimEnd('.', ':', ' '));

    private static (List<Run> Before, List<Run> After) SplitAt(IReadOnlyList<Run> runs, int offset)
    {
        var before = new List<Run>();
        var after = new List<Run>();
        var position = 0;
        foreach (var run in runs)
        {
            var end = position + run.Text.Length;
            if (end <= offset)
                before.Add(run);
            else if (position >= offset)
                after.Add(run);
            else
            {
                before.Add(run with { Text = run.Text[..(offset - position)] });
                after.Add(run with { Text = run.Text[(offset - position)..] });
            }
            position = end;
        }
        return (before, after);
    }

    private static List<Run> TrimEnd(List<Run> runs)
    {
        while (runs.Count > 0 && runs[^1].Text.TrimEnd() is var text && text.Length < runs[^1].Text.Length)
        {
            if (text.Length > 0)
            {
                runs[^1] = runs[^1] with { Text = text };
                break;
            }
            runs.RemoveAt(runs.Count - 1);
        }
        return runs;
    }

    private static List<Run> TrimStart(List<Run> runs)
    {
        while (runs.Count > 0 && runs[0].Text.TrimStart() is var text && text.Length < runs[0].Text.Length)
        {
            if (text.Length > 0)
            {
                runs[0] = runs[0] with { Text = text };
                break;
            }
            runs.RemoveAt(0);
        }
        return runs;
    }

    // At the end of the caption, after its start or a space or punctuation: "(Photo: …)", "(AP Photo/…)", "(Bild: …)",
    // "Image: …", "Foto: …", "Credit: …", "Photo credit: …", "Crédit photo : …", "© …", "Photo by …".
    [GeneratedRegex("""
        (?<=^|[\s.!?;,])(?:
            [(\[][^()\[\]]*?(?:\b(?:photos?|photograph|fotos?|bild(?:er)?|image|picture|credits?|quelle|crédits?|crédito)\b|©)[^()\[\]]*[)\]]
          | (?:(?:photo|image|picture)\s+credits?|photos?|photograph|images?|pictures?|illustration|fotos?|bild(?:er)?|credits?|crédits?(?:\s+photos?)?|crédito|fuente|quelle|bildquelle)\s*:\s*\S[^\n]*
          | (?:photo|photograph|picture|image|foto)\s+(?:by|von|de|di|par)\s+\S[^\n]*
          | ©\s*\S[^\n]*
        )\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TrailingCredit();
}
