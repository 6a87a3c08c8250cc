using Convert.Core.Model;

using System.Globalization;

namespace Convert.Core.Html;

/// <summary>
/// The items of an HTML list in reading order, each with its nesting level and whether its own list is numbered.
/// Whatever else a list holds (invalid, but editors write it) is kept: a list straight inside a list is nested one
/// level deeper (browsers indent it so), a wrapper of items gives its items at the same level, anything else (loose
/// text, a paragraph) is an item of its own.
/// </summary>
internal static class HtmlListItems
{
    public static IEnumerable<(PageNode Item, int Level, bool Ordered)> Of(PageNode list) => Items(list, 0, list.Tag == "ol");

    /// <summary>The number of an ordered list's first item: its start attribute, else 1.</summary>
    public static int Start(PageNode list) =>
        list.Tag == "ol" && int.TryParse(list.Attribute("start")?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start)
            && start is >= 0 and <= 999_999
            ? start
            : 1;

    private static IEnumerable<(PageNode, int, bool)> Items(PageNode list, int level, bool ordered)
    {
        foreach (var child in list.Children)
        {
            if (child.Removed)
                continue;
            if (child.Tag is "ul" or "ol")
            {
                foreach (var item in Items(child, Math.Min(level + 1, ListBlock.MaxLevel), child.Tag == "ol"))
                    yield return item;
                continue;
            }
            if (child.IsElement && child.Tag != "li" && child.Children.Any(c => !c.Removed && c.Tag == "li"))
            {
                foreach (var item in Items(child, level, ordered))
                    yield return item;
                continue;
            }
            if (child.Tag != "li")
            {
                yield return (child, level, ordered);
                continue;
            }
            // The item's own text is read without its sub-lists, which follow as deeper items.
            var nested = child.Descendants().Where(c => !c.Removed && c.Tag is "ul" or "ol" && IsOwnSubList(c, child)).ToList();
            foreach (var nestedList in nested)
                nestedList.Removed = true;
            yield return (child, level, ordered);
            foreach (var nestedList in nested)
            {
                foreach (var item in Items(nestedList, Math.Min(level + 1, ListBlock.MaxLevel), nestedList.Tag == "ol"))
                    yield return item;
            }
        }
    }

    // A sub-list of the item, possibly inside a wrapper (<li><div><ul>), but not one inside another sub-list.
    private static bool IsOwnSubList(PageNode list, PageNode item)
    {
        for (var parent = list.Parent; parent is not null && parent != item; parent = parent.Parent)
        {
            if (parent.Tag is "ul" or "ol" or "li")
                return false;
        }
        return true;
    }
}
