using Convert.Core.Cleaning;
using Convert.Core.Model;

namespace Convert.Core.Reading.TextDumps;

/// <summary>What one block of a page dump looks like on its own: counts of words and characters, its punctuation, and
/// the marks a page's chrome leaves in a text dump (bullets, link brackets, separators, form fields).</summary>
internal readonly record struct BlockProfile
{
    public int Lines { get; init; }
    public int Chars { get; init; }
    public int Words { get; init; }
    public int Tokens { get; init; }
    public int Letters { get; init; }
    public int Digits { get; init; }
    public int Upper { get; init; }
    public int Punctuation { get; init; }
    public int Commas { get; init; }
    public int SentenceBreaks { get; init; }
    public int CapitalisedWords { get; init; }
    public int LongWords { get; init; }
    public int StopWords { get; init; }
    public int BulletLines { get; init; }
    public int LinkMarks { get; init; }
    public int Brackets { get; init; }
    public int Separators { get; init; }
    public int RuleChars { get; init; }
    public bool EndsSentence { get; init; }
    public bool EndsColon { get; init; }
    public bool StartsUpper { get; init; }
    public bool HasUrl { get; init; }
    public bool HasAt { get; init; }
    public bool HasCopyright { get; init; }
    public bool BodyLike { get; init; }

    public static BlockProfile Of(SourceBlock block)
    {
        var text = block.Text;
        int letters = 0, digits = 0, upper = 0, punctuation = 0, commas = 0, breaks = 0, linkMarks = 0, brackets = 0,
            separators = 0, ruleChars = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                    upper++;
                continue;
            }
            if (char.IsDigit(c))
            {
                digits++;
                continue;
            }
            if (c == ' ')
                continue;
            punctuation++;
            switch (c)
            {
                case ',':
                    commas++;
                    break;
                case '.' or '!' or '?' when i + 1 < text.Length && text[i + 1] == ' ':
                    breaks++;
                    break;
                case '»' or '›' or '«' or '‹' or '→' or '←' or '>' or '<':
                    linkMarks++;
                    break;
                case '[' or ']':
                    brackets++;
                    break;
                case '|' or '│' or '┃' or '·' or '•' or '◦' or '□' or '■' or '▪' or '◆' or '★' or '☆':
                    separators++;
                    break;
                case '─' or '━' or '═' or '_' or '=' or '+' or '┌' or '┐' or '└' or '┘' or '├' or '┤':
                    ruleChars++;
                    break;
            }
        }

        var words = 0;
        var capitalised = 0;
        var longWords = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range];
            if (word.IsEmpty)
                continue;
            words++;
            if (word.Length >= 4)
            {
                longWords++;
                if (char.IsUpper(word[0]))
                    capitalised++;
            }
        }

        var (tokens, stopWords) = CommonWords.Count(text);
        var bullets = 0;
        foreach (var line in block.Lines)
        {
            if (IsBulletLine(line.Text))
                bullets++;
        }

        var last = text[^1];
        return new BlockProfile
        {
            Lines = block.Lines.Count,
            Chars = text.Length,
            Words = words,
            Tokens = tokens,
            Letters = letters,
            Digits = digits,
            Upper = upper,
            Punctuation = punctuation,
            Commas = commas,
            SentenceBreaks = breaks,
            CapitalisedWords = capitalised,
            LongWords = longWords,
            StopWords = stopWords,
            BulletLines = bullets,
            LinkMarks = linkMarks,
            Brackets = brackets,
            Separators = separators,
            RuleChars = ruleChars,
            EndsSentence = last is '.' or '!' or '?' or '…' or '"' or '”' or '’' or ')',
            EndsColon = last == ':',
            StartsUpper = char.IsUpper(text[0]),
            HasUrl = text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase),
            HasAt = text.Contains('@'),
            HasCopyright = text.Contains('©') || text.Contains("copyright", StringComparison.OrdinalIgnoreCase)
                || text.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase),
            BodyLike = BlockShape.IsBodyLike(block),
        };
    }

    /// <summary>A line opened by a bullet or number as w3m and lynx print list items and menus.</summary>
    private static bool IsBulletLine(string line)
    {
        if (line.Length < 2)
            return false;
        if (line[0] is '•' or '◦' or '□' or '■' or '▪' or '◆' or '*' or '-' or '–' or '+' or '○' or '●' && line[1] == ' ')
            return true;
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
            digits++;
        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ';
    }
}
