using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Merges the writer's styles into a reference document's: a style the reference has (same id, or else same name,
/// ignoring case and spaces, as Word's "heading 1" and LibreOffice's "Heading 1" are one style) is the reference's;
/// one it lacks is added from the built-in sheet, with its based-on and next styles pointed at the reference's ids, and
/// one warning names all that were added.
/// </summary>
internal static class DocxReferenceStyles
{
    public static (W.Styles Styles, IReadOnlyDictionary<string, string> IdMap) Merge(
        W.Styles reference, W.Styles builtIn, List<string> warnings)
    {
        var merged = (W.Styles)reference.CloneNode(true);
        var existing = merged.Elements<W.Style>().ToList();
        var idMap = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<W.Style>();
        foreach (var style in builtIn.Elements<W.Style>())
        {
            var id = style.StyleId!.Value!;
            var match = existing.FirstOrDefault(s => s.StyleId?.Value == id && s.Type?.Value == style.Type?.Value)
                ?? existing.FirstOrDefault(s => s.Type?.Value == style.Type?.Value && SameName(s, style));
            if (match?.StyleId?.Value is { } matchId)
            {
                if (matchId != id)
                {
                    idMap[id] = matchId;
                }
            }
            else
            {
                missing.Add(style);
            }
        }

        foreach (var style in missing)
        {
            var copy = (W.Style)style.CloneNode(true);
            Remap(copy.BasedOn, idMap);
            Remap(copy.NextParagraphStyle, idMap);
            // Our default styles must not compete with the reference's own defaults.
            copy.Default = null;
            merged.Append(copy);
        }

        // One warning for all of them: a reference made before the writer had tables or captions lacks several.
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(s => $"'{s.StyleName?.Val?.Value}' ({s.StyleId?.Value})"));
            warnings.Add(missing.Count == 1
                ? $"has no style {names}; using the built-in one"
                : $"has no styles {names}; using the built-in ones");
        }

        return (merged, idMap);
    }

    private static void Remap(W.String253Type? reference, Dictionary<string, string> idMap)
    {
        if (reference?.Val?.Value is { } id && idMap.TryGetValue(id, out var mapped))
        {
            reference.Val = mapped;
        }
    }

    private static bool SameName(W.Style a, W.Style b) =>
        Normalize(a.StyleName?.Val?.Value) is { Length: > 0 } name && name == Normalize(b.StyleName?.Val?.Value);

    private static string Normalize(string? name) =>
        string.Concat((name ?? "").Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
}
