using Convert.Core.Model;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Maps the article's heading levels to Word heading levels without gaps: the distinct levels used are
/// ranked (so an article using only levels 2 and 3 gets Heading 1 and 2), and no heading may go more than
/// one level deeper than the heading before it (the first one is always Heading 1).
/// </summary>
internal sealed class DocxHeadingLevels
{
    private readonly int[] _rankByLevel;
    private int _previous;

    public DocxHeadingLevels(IEnumerable<Block> body)
    {
        var used = body.OfType<Heading>().Select(h => Clamp(h.Level)).Distinct().Order().ToList();
        _rankByLevel = new int[4];
        for (var i = 0; i < used.Count; i++)
        {
            _rankByLevel[used[i]] = i + 1;
        }
    }

    /// <summary>The Word level (1 to 3) for the next heading, in document order.</summary>
    public int Next(int articleLevel)
    {
        var level = Math.Min(_rankByLevel[Clamp(articleLevel)], _previous + 1);
        _previous = level;
        return level;
    }

    private static int Clamp(int level) => Math.Clamp(level, 1, 3);
}
