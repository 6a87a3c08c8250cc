using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Splitting;

namespace Convert.Core.Html;

/// <summary>
/// A bio printed as the last paragraphs of the article, in no box a class names: "Devindra has been obsessed with
/// technology...", "Mark di Stefano is a breaking news reporter...". A trailing paragraph counts when it opens with
/// the name of the page's author (full name, first name or surname) and a bio verb, so a closing paragraph that
/// mentions someone else stays in the body.
/// </summary>
internal static class TrailingBio
{
    // Only the very end of the body is searched: a bio never sits above the article's last paragraphs.
    private const int MaxTrailingBlocks = 2;

    /// <summary>The index of the first trailing bio block, or <paramref name="body"/>'s count when there is none.</summary>
    public static int Start(IReadOnlyList<HtmlBlock> body, PageFacts facts)
    {
        var names = AuthorNames(facts);
        var start = body.Count;
        while (start > 0 && body.Count - start < MaxTrailingBlocks && body[start - 1].Block is Paragraph paragraph
            && OpensWithAuthor(Whitespace.Collapse(paragraph.PlainText), names))
            start--;
        // Past the last bio, every block must be a bio too: a bio in the middle of the ending is not moved.
        return start;
    }

    private static List<string> AuthorNames(PageFacts facts)
    {
        var names = new List<string>(facts.AuthorNames);
        if (facts.Byline is { } byline)
            names.AddRange(BylineParser.TryParse(byline)?.Names.Select(n => n.Name) ?? [byline]);
        var keys = new List<string>();
        foreach (var name in names.Select(Whitespace.Collapse).Where(n => n.Length > 0))
        {
            var words = name.Split(' ');
            keys.Add(name);
            if (words.Length >= 2)
            {
                keys.Add(words[0]);
                keys.Add(words[^1]);
            }
        }
        return keys.Where(k => k.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(k => k.Length).ToList();
    }

    private static bool OpensWithAuthor(string text, List<string> names)
    {
        foreach (var name in names)
        {
            if (!text.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase))
                continue;
            var next = text[(name.Length + 1)..].Split(' ', 2)[0];
            return BioSentence.IsBioVerb(next);
        }
        return false;
    }
}
