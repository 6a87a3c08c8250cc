namespace Convert.Core.Configuration;

/// <summary>"Did you mean": the known word nearest a misspelt one, by edit distance.</summary>
public static class Suggestion
{
    /// <summary>
    /// The candidate closest to <paramref name="word"/> (optimal string alignment distance, so a swap of two
    /// neighbouring letters counts once), or null when none is close: at most a third of the word's length, and at
    /// least 1. Failing that, a candidate the word is the start of ("clean" for "cleaning"), when only one is.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        var list = candidates.ToList();
        var limit = Math.Max(1, word.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in list)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
                (best, bestDistance) = (candidate, distance);
        }
        if (best is not null || word.Length < 3)
            return best;
        var starts = list.Where(c => c.StartsWith(word, StringComparison.OrdinalIgnoreCase)).ToList();
        return starts.Count == 1 ? starts[0] : null;
    }

    /// <summary>"; did you mean \"X\"?" for the closest candidate, or "" when there is none.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } best ? $"; did you mean \"{best}\"?" : "";

    /// <summary>The number of insertions, deletions, substitutions and adjacent swaps that turn a into b.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
