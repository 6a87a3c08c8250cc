using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>Compares a piece of page text with the title the metadata gave.</summary>
internal static class TextMatch
{
    /// <summary>Equal after collapsing whitespace, ignoring case, or one a longer prefix of the other.</summary>
    public static bool SameText(string a, string b)
    {
        var left = Whitespace.Collapse(a);
        var right = Whitespace.Collapse(b);
        return left.Equals(right, StringComparison.OrdinalIgnoreCase)
            || (left.Length > 10 && right.StartsWith(left, StringComparison.OrdinalIgnoreCase))
            || (right.Length > 10 && left.StartsWith(right, StringComparison.OrdinalIgnoreCase));
    }
}
