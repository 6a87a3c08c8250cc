namespace Convert.Core.Html.PageTypes;

/// <summary>
/// The kinds of page the classifier tells apart, with the labels of the WCXB benchmark (Murrough Foley, 2026,
/// CC-BY-4.0) it was trained on; these strings are written to the JSON as <c>metadata.pageType</c>.
/// </summary>
public static class PageTypeNames
{
    public const string Article = "article";
    public const string Forum = "forum";
    public const string Product = "product";
    public const string Collection = "collection";
    public const string Listing = "listing";
    public const string Documentation = "documentation";
    public const string Service = "service";

    public static IReadOnlyList<string> All { get; } = [Article, Forum, Product, Collection, Listing, Documentation, Service];
}
