using System.Text;
using System.Text.RegularExpressions;
using Convert.Core.Model;

namespace Convert.Core.Reading.TextDumps;

/// <summary>
/// The title and date of a page dump. In a dump the headline is a line of its own a few blocks before the article's
/// first paragraph, often with a byline, a date, share buttons or an image caption between them, and often printed a
/// second time elsewhere on the page (the last step of a breadcrumb, a share text). The classifier rightly drops it
/// as a short line, so it is looked for here, among the lines before the first kept paragraph.
/// </summary>
/// <remarks>
/// Tuned on the WCXB development dumps: of the standalone, title-shaped lines at most <see cref="Reach"/> blocks
/// before the first kept paragraph of <see cref="MinParagraphWords"/> words or more, the one that scores best on
/// nearness, a headline's length and being printed again elsewhere on the page.
/// </remarks>
internal static partial class DumpHead
{
    private const int MinParagraphWords = 25;
    private const int Reach = 10;
    private const double CostPerBlock = 0.2;

    public readonly record struct Head(string? Title, int TitleBlock, IReadOnlyList<string> HeadLines);

    public static Head Find(IReadOnlyList<SourceBlock> blocks, BlockProfile[] profiles, bool[] keep)
    {
        var first = -1;
        for (var i = 0; i < blocks.Count && first < 0; i++)
        {
            if (keep[i] && profiles[i].BodyLike && profiles[i].Words >= MinParagraphWords)
                first = i;
        }
        if (first < 0)
            return new Head(null, -1, []);

        string? lines = null;
        int best = -1;
        var bestScore = double.NegativeInfinity;
        for (var j = first - 1; j >= Math.Max(0, first - Reach); j--)
        {
            if (blocks[j].Lines.Count != 1 || !IsTitleShaped(blocks[j].Text, profiles[j]))
                continue;
            var key = ChromePhrases.Normalize(blocks[j].Text);
            if (key.Length == 0)
                continue;
            lines ??= NormalizedLines(blocks);
            var words = profiles[j].Words;
            var score = -CostPerBlock * (first - j) + (words is >= 4 and <= 20 ? 1 : 0) + (Occurrences(lines, key) > 1 ? 1 : 0);
            if (score > bestScore)
            {
                bestScore = score;
                best = j;
            }
        }
        return new Head(best < 0 ? null : blocks[best].Text.Trim(), best, LinesBefore(blocks, Math.Max(0, best), first));
    }

    // The lines between the headline (or the reach) and the first paragraph: where the byline's date stands.
    private static List<string> LinesBefore(IReadOnlyList<SourceBlock> blocks, int from, int first)
    {
        var lines = new List<string>();
        for (var j = Math.Max(from, first - Reach); j < first; j++)
        {
            foreach (var line in blocks[j].Lines)
            {
                if (line.Text.Length <= 120)
                    lines.Add(line.Text);
            }
        }
        return lines;
    }

    private static bool IsTitleShaped(string text, BlockProfile profile)
    {
        if (profile.Words is < 2 or > 25 || profile.BulletLines > 0)
            return false;
        var last = text[^1];
        if (last is '.' or ':' or ',' or ';' or '!' || text[0] == '[' || profile.HasCopyright || profile.HasUrl)
            return false;
        if (profile.Separators > 0 && profile.Words < 4)
            return false;
        return profile.Digits * 10 <= profile.Chars * 3 && !BylineOrDate().IsMatch(text) && !ChromePhrases.IsChrome(text);
    }

    // Lines that open like a byline or a date label, in the catalogue's languages.
    [GeneratedRegex(@"^(by|von|par|por|di|door|posted|published|updated|written|last updated|veröffentlicht|publié|publicado|pubblicato)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineOrDate();

    // The dump's lines as the benchmark compares text: lower-cased word runs, one line a row.
    private static string NormalizedLines(IReadOnlyList<SourceBlock> blocks)
    {
        var builder = new StringBuilder("\n");
        foreach (var block in blocks)
        {
            foreach (var line in block.Lines)
                builder.Append(ChromePhrases.Normalize(line.Text)).Append('\n');
        }
        return builder.ToString();
    }

    private static int Occurrences(string lines, string key)
    {
        var count = 0;
        for (var at = lines.IndexOf(key, StringComparison.Ordinal); at >= 0; at = lines.IndexOf(key, at + key.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
