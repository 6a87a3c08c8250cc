using Convert.Core.Cleaning;
using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// A news site's section label above the headline ("World", "Arts &amp; Culture", "Wissenschaft"): one or two words
/// on a line of their own, right above a longer headline-like line. Taken as the title, it would push the real
/// headline into the body; it is removed (rule id "section-label", category "navigation") so the headline below it
/// is read as the title.
/// </summary>
internal static class SectionLabel
{
    public const string RuleId = "section-label";
    public const string Category = "navigation";

    private const int MaxLabelWords = 2;
    private const int MaxLabelLength = 32;
    private const int MinHeadlineWords = 5;
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "&", "and", "und", "et", "y", "e", "en", "+" };

    /// <summary>Removes a section label from the top of <paramref name="cleaned"/>, if there is one.</summary>
    public static CleanedText Lift(CleanedText cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var blocks = cleaned.Blocks;
        if (cleaned.TailStart < 3 || blocks.Count < 3 || blocks[0].Lines.Count != 1 || !IsLabel(blocks[0].Text))
            return cleaned;
        var below = blocks.Skip(1).ToList();
        var headline = below[0].Text.Trim();
        if (LineKey.CountWords(headline) < MinHeadlineWords || !TitleDetector.IsTitle(below))
            return cleaned;

        var label = blocks[0];
        var removal = new RemovedBlock(new Removal(RuleId, Category, label.Text.Trim(), label.Source), label.Ordinal);
        return cleaned with
        {
            Blocks = below,
            TailStart = cleaned.TailStart - 1,
            Removed = [.. cleaned.Removed.Where(r => r.Ordinal < label.Ordinal), removal, .. cleaned.Removed.Where(r => r.Ordinal >= label.Ordinal)],
        };
    }

    private static bool IsLabel(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLabelLength || !char.IsUpper(text[0]) || text.Any(char.IsDigit))
            return false;
        if (text[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '”')
            return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Joiners.Contains(w)).ToList();
        return words.Count is > 0 and <= MaxLabelWords && words.All(w => char.IsLetter(w[0]));
    }
}
