using System.Globalization;
using Convert.Core.Model;

namespace Convert.Core.Writing.Text;

/// <summary>
/// The marker and indentation of each list item for the text formats: "- " or "5. " (numbered from the list's
/// start, a sub-list restarting at 1 under each parent item), a nested item indented to the text of its parent so
/// Markdown readers nest it.
/// </summary>
internal static class ListLayout
{
    public static IEnumerable<(string Indent, string Marker, ListItem Item)> Of(ListBlock list)
    {
        var numbers = new int[ListBlock.MaxLevel + 1];
        var indents = new int[ListBlock.MaxLevel + 2];
        var started = false;
        foreach (var item in ListBlock.WellFormed(list.Items))
        {
            var level = item.Level;
            numbers[level] = level == 0 && !started ? list.Start : numbers[level] + 1;
            started = true;
            for (var deeper = level + 1; deeper < numbers.Length; deeper++)
                numbers[deeper] = 0;
            var marker = list.IsOrdered(item) ? numbers[level].ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            indents[level + 1] = indents[level] + marker.Length;
            yield return (new string(' ', indents[level]), marker, item);
        }
    }
}
