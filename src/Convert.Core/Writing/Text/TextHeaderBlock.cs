namespace Convert.Core.Writing.Text;

/// <summary>
/// The article's facts as the first block of a text output, one "Label: value" line each ("Authors: Ann Lee; Bo Kim",
/// "Tags: a, b"), like mail headers: the first blank line ends it. Line breaks inside a value become spaces.
/// </summary>
internal static class TextHeaderBlock
{
    public static string? Of(IReadOnlyList<ArticleFact> facts)
    {
        if (facts.Count == 0)
            return null;
        return string.Join('\n', facts.Select(fact =>
            fact.Label + ": " + string.Join(fact.Key == "author" ? "; " : ", ", fact.Values.Select(TextDocument.OneLine))));
    }
}
