// Follows the content scoring of Mozilla Readability (Readability.js, Copyright (c) 2010 Arc90 Inc, Apache-2.0):
// paragraph points, ancestor dividers, tag and class weights, link-density discount. See NOTICE.

using static Convert.Core.Html.HtmlHeuristics.Scoring;

namespace Convert.Core.Html;

/// <summary>
/// Scores elements by the prose they hold: every paragraph of 25 characters or more gives points for its length and
/// commas to its parent (in full), grandparent (half) and three more ancestors (less each). The element with the
/// most points, discounted by its share of link text, is where the article is.
/// </summary>
internal static class ContentScorer
{
    /// <summary>Scores the live tree under <paramref name="root"/>; returns every element that got a score.</summary>
    public static List<PageNode> Score(PageNode root, bool useWeights, ClassMarkers markers)
    {
        var candidates = new List<PageNode>();
        foreach (var node in root.Descendants())
        {
            if (!node.IsElement)
                continue;
            var length = ParagraphLength(node);
            if (length < MinParagraphLength)
                continue;
            var points = ParagraphBasePoints + node.Commas * PointsPerComma + Math.Min(length / CharactersPerLengthPoint, MaxLengthPoints);
            var ancestor = IsParagraph(node) ? node.Parent : node;
            for (var level = 0; ancestor is not null && level < AncestorLevels; level++, ancestor = ancestor.Parent)
            {
                if (ancestor.Score is null)
                {
                    ancestor.Score = InitialScore(ancestor, useWeights, markers);
                    candidates.Add(ancestor);
                }
                var divider = level switch { 0 => ParentDivider, 1 => GrandparentDivider, _ => level * FurtherAncestorDividerPerLevel };
                ancestor.Score += points / divider;
            }
        }
        return candidates;
    }

    /// <summary>The score a candidate is ranked by: its points less its share of link text.</summary>
    public static double Final(PageNode node) => (node.Score ?? 0) * (1 - node.LinkDensity);

    // A paragraph element, or the text an element holds directly between its blocks (scored for the element itself).
    private static int ParagraphLength(PageNode node)
    {
        if (IsParagraph(node))
            return node.TextLength;
        if (node.Tag is "div" or "section" or "article" or "main" or "td" or "blockquote")
            return DirectInlineLength(node);
        return 0;
    }

    private static bool IsParagraph(PageNode node) =>
        node.Tag is "p" or "pre" or "td" or "h2" or "h3" or "h4" or "h5" or "h6"
        || (node.Tag is "div" or "section" && node.Parent is not null && HtmlTags.HasOnlyInlineContent(node) && !InsideParagraph(node));

    private static bool InsideParagraph(PageNode node) => node.HasAncestor("p", "pre", "li", "td", "h1", "h2", "h3", "h4", "h5", "h6");

    private static int DirectInlineLength(PageNode node)
    {
        if (HtmlTags.HasOnlyInlineContent(node))
            return 0;
        var length = 0;
        foreach (var child in node.Children)
        {
            if (!child.Removed && (child.IsText || !HtmlTags.IsBlock(child.Tag)))
                length += child.TextLength;
        }
        return length;
    }

    private static double InitialScore(PageNode node, bool useWeights, ClassMarkers markers)
    {
        var score = node.Tag switch
        {
            "div" => DivStart,
            "article" or "main" => ArticleOrMainStart,
            "pre" or "td" or "blockquote" => TextBlockStart,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => ListOrFormStart,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => HeadingStart,
            _ => 0,
        };
        return useWeights ? score + markers.Weight(node) : score;
    }
}
