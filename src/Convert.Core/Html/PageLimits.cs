using System.Globalization;
using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>
/// The bounds on one HTML page, checked before it is parsed, so that the memory a conversion takes stays in
/// proportion to the page (README, "Limits"): nesting depth, and nodes per character of markup beyond a floor
/// that any article page fits in.
/// </summary>
internal static class PageLimits
{
    /// <summary>Nodes any page may have: 4x the largest of 1,757 real pages measured (24,280 nodes, 1 MB).</summary>
    public const int MinNodeBudget = 100_000;

    /// <summary>Beyond the floor, one node per this many characters (real pages average over 500).</summary>
    public const int CharactersPerNode = 100;

    public static int NodeBudget(int characters) => Math.Max(MinNodeBudget, characters / CharactersPerNode);

    /// <exception cref="InputFormatException">The page nests too deep or has too many nodes for its size.</exception>
    public static void Check(string html)
    {
        var budget = NodeBudget(html.Length);
        var shape = MarkupDepth.Scan(html, budget);
        if (shape.Depth > MarkupDepth.Limit)
            throw new InputFormatException($"elements nested more than {MarkupDepth.Limit:N0} levels deep; not an article page");
        if (shape.Nodes > budget)
        {
            throw new InputFormatException(string.Create(CultureInfo.InvariantCulture,
                $"more than {budget:N0} elements and text runs for a page of {html.Length:N0} characters; not an article page"));
        }
    }
}
