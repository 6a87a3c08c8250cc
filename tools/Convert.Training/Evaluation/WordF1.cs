using System.Text.RegularExpressions;

namespace Convert.Training.Evaluation;

/// <summary>
/// WCXB's page metric: word precision, recall and F1 of extracted text against the expected main content, tokens
/// being lower-cased <c>\w+</c> runs compared as multisets (as the benchmark's scorer does).
/// </summary>
internal static partial class WordF1
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static List<string> Tokens(string? text) =>
        [.. Word().Matches((text ?? "").ToLowerInvariant()).Select(match => match.Value)];

    public static Dictionary<string, int> Bag(string? text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Tokens(text))
            bag[token] = bag.GetValueOrDefault(token) + 1;
        return bag;
    }

    public static (double Precision, double Recall, double F1) Score(string extracted, string expected)
    {
        var predicted = Tokens(extracted);
        var reference = Bag(expected);
        var referenceCount = reference.Values.Sum();
        if (referenceCount == 0)
            return predicted.Count == 0 ? (1, 1, 1) : (0, 0, 0);
        if (predicted.Count == 0)
            return (0, 0, 0);
        var overlap = 0;
        foreach (var token in predicted)
        {
            if (reference.TryGetValue(token, out var left) && left > 0)
            {
                reference[token] = left - 1;
                overlap++;
            }
        }
        var precision = (double)overlap / predicted.Count;
        var recall = (double)overlap / referenceCount;
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }

    /// <summary>
    /// The share of the block's tokens still in <paramref name="remainingExpected"/>, consuming those it finds: call
    /// it on a page's blocks in order to label them without counting a repeated word twice.
    /// </summary>
    public static double CoveredFraction(string blockText, Dictionary<string, int> remainingExpected)
    {
        var tokens = Tokens(blockText);
        if (tokens.Count == 0)
            return 0;
        var found = 0;
        foreach (var token in tokens)
        {
            if (remainingExpected.TryGetValue(token, out var left) && left > 0)
            {
                remainingExpected[token] = left - 1;
                found++;
            }
        }
        return (double)found / tokens.Count;
    }
}
