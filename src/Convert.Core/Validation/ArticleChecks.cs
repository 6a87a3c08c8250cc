using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Validation;

/// <summary>Where body block <c>index</c> is in the file being checked: a line, and/or a location such as a JSON path.</summary>
public delegate (int? Line, string? Location) BlockLocator(int index);

/// <summary>Content checks on an article, shared by the input, JSON and Word checkers.</summary>
public static class ArticleChecks
{
    // Short lines repeat legitimately ("Yes.", a refrain); a repeated sentence of this many words is a scraping slip.
    private const int DuplicateMinWords = 6;
    private const int Shown = 60;

    /// <summary>True when some body block has text: the test both validate's no-body error and convert's warning use.</summary>
    public static bool HasBodyText(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Body.Any(b => !string.IsNullOrWhiteSpace(b.PlainText));
    }

    /// <summary>Reports <see cref="ValidationRules.NoBody"/>; returns false when there is no body to check further.</summary>
    public static bool HasBody(Article article, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(findings);
        if (HasBodyText(article))
            return true;
        findings.Add(ValidationRules.NoBody, "The article has no body text.");
        return false;
    }

    public static void ShortBody(Article article, int minWords, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(findings);
        var words = article.Body.Sum(b => CountWords(b.PlainText));
        if (words < minWords)
            findings.Add(ValidationRules.ShortBody, $"The body has {words} words, fewer than {minWords}.", article.Body[0].Source.StartLine);
    }

    public static void DuplicateParagraphs(Article article, BlockLocator locate, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(locate);
        ArgumentNullException.ThrowIfNull(findings);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < article.Body.Count; i++)
        {
            var text = Whitespace.Collapse(article.Body[i].PlainText);
            if (CountWords(text) < DuplicateMinWords)
                continue;
            if (firstSeen.TryGetValue(text, out var first))
            {
                var (line, location) = locate(i);
                var (firstLine, firstLocation) = locate(first);
                var where = firstLine is { } l ? $"line {l}" : firstLocation ?? $"block {first + 1}";
                findings.Add(ValidationRules.DuplicateParagraph, $"This paragraph repeats the one at {where}: \"{Shorten(text)}\".", line, null, location);
            }
            else
            {
                firstSeen[text] = i;
            }
        }
    }

    /// <summary>Reports a body whose last block looks cut off: "...", "Read more", or no closing punctuation.</summary>
    public static void Truncation(Article article, BlockLocator locate, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(locate);
        ArgumentNullException.ThrowIfNull(findings);
        var index = article.Body.Count - 1;
        if (index < 0 || article.Body[index] is not (Paragraph or Quote))
            return;
        var text = article.Body[index].PlainText.TrimEnd();
        var reason = TruncationReason(text);
        if (reason is null)
            return;
        var (line, location) = locate(index);
        findings.Add(ValidationRules.Truncated, $"The body may be cut short: its last paragraph {reason} (\"{ShortenEnd(text)}\").", line, null, location);
    }

    private static string? TruncationReason(string text)
    {
        var lower = text.ToLowerInvariant().TrimEnd('.', ':', '»', '›', '…', ' ', '>', ']', ')');
        if (lower.EndsWith("read more", StringComparison.Ordinal) || lower.EndsWith("continue reading", StringComparison.Ordinal))
            return "ends with a \"read more\" link";
        if (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…') || text.EndsWith("[…]", StringComparison.Ordinal))
            return "ends with an ellipsis";
        return text.Length > 0 && !IsClosingPunctuation(text[^1]) ? "ends without closing punctuation" : null;
    }

    private static bool IsClosingPunctuation(char c) =>
        c is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or '»' or ')' or ']' or ':' or ';' or '…';

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    internal static string Shorten(string text)
    {
        var oneLine = Whitespace.Collapse(text);
        return oneLine.Length <= Shown ? oneLine : oneLine[..(Shown - 1)].TrimEnd() + "…";
    }

    private static string ShortenEnd(string text)
    {
        var oneLine = Whitespace.Collapse(text);
        return oneLine.Length <= Shown ? oneLine : "…" + oneLine[^(Shown - 1)..].TrimStart();
    }
}
