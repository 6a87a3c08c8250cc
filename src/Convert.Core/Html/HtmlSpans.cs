using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>The source span of an element: its line in the page and its path from the body.</summary>
internal static class HtmlSpans
{
    public static SourceSpan Of(PageNode node) => new(node.Line, node.Line, node.ElementPath());
}
