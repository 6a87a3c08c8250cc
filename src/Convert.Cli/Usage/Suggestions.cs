using Convert.Core.Configuration;

namespace Convert.Cli.Usage;

/// <summary>"Did you mean ...?": the known names closest to a mistyped one, by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The closest candidates (ties kept, at most three), else the candidates <paramref name="typed"/> begins ("--out"
    /// for "--output" and "--output-dir"), or none when nothing is close enough.
    /// </summary>
    public static IReadOnlyList<string> For(string typed, IEnumerable<string> candidates)
    {
        ArgumentException.ThrowIfNullOrEmpty(typed);
        // "-x" is one letter away from every short option: no name that short is worth a guess.
        if (typed.TrimStart('-').Length < 3)
            return [];
        var names = candidates.Distinct(StringComparer.Ordinal).ToList();
        var close = Closest(typed, names);
        if (close.Count > 0)
            return close;
        return [.. names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(3)];
    }

    private static List<string> Closest(string typed, List<string> candidates)
    {
        // One edit in four characters, at least one: "convrt" -> "convert", "--outptu" -> "--output", not "x" -> "-o".
        var allowed = Math.Max(1, typed.TrimStart('-').Length / 4);
        var scored = candidates
            .Select(c => (Name: c, Distance: Suggestion.Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed)
            .ToList();
        if (scored.Count == 0)
            return [];
        var best = scored.Min(c => c.Distance);
        return [.. scored.Where(c => c.Distance == best).Select(c => c.Name).Order(StringComparer.Ordinal).Take(3)];
    }

    /// <summary>" (did you mean 'x'?)" or " (did you mean 'x' or 'y'?)", or "" when there is no suggestion.</summary>
    public static string Phrase(IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        0 => "",
        1 => $" (did you mean '{suggestions[0]}'?)",
        _ => $" (did you mean {string.Join(", ", suggestions.SkipLast(1).Select(s => $"'{s}'"))} or '{suggestions[^1]}'?)",
    };
}
