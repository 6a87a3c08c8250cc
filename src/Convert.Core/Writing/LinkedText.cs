using Convert.Core.Model;

namespace Convert.Core.Writing;

/// <summary>Turns plain text into runs where the labels of known links ("@handle", an email) become links.</summary>
internal static class LinkedText
{
    public static IReadOnlyList<Run> Runs(string text, IReadOnlyList<AuthorLink> links)
    {
        var runs = new List<Run>();
        var position = 0;
        while (position < text.Length && NextLink(text, position, links) is { } found)
        {
            if (found.Index > position)
            {
                runs.Add(Run.Plain(text[position..found.Index]));
            }
            runs.Add(new Run(found.Link.Label, LinkUrl: found.Link.Url));
            position = found.Index + found.Link.Label.Length;
        }
        if (position < text.Length || runs.Count == 0)
        {
            runs.Add(Run.Plain(text[position..]));
        }
        return runs;
    }

    private static (int Index, AuthorLink Link)? NextLink(string text, int start, IReadOnlyList<AuthorLink> links)
    {
        (int Index, AuthorLink Link)? best = null;
        foreach (var link in links)
        {
            if (link.Label.Length == 0)
            {
                continue;
            }
            var index = text.IndexOf(link.Label, start, StringComparison.Ordinal);
            // The earliest match wins; at the same place the longer label ("@ann_lee" over "@ann").
            if (index >= 0 && (best is null || index < best.Value.Index
                || (index == best.Value.Index && link.Label.Length > best.Value.Link.Label.Length)))
            {
                best = (index, link);
            }
        }
        return best;
    }
}
