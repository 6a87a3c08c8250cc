using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// A reference document's own Open XML validator errors (pandoc's reference.docx has three) are reported as one
/// warning, and the invalid elements of the parts the writer copies (styles, header, footer, theme, font table) are
/// left out, so the output validates whatever the reference holds. Works on the loaded, in-memory parts only.
/// </summary>
internal static class DocxReferenceRepair
{
    private const int MaxPasses = 3;

    /// <summary>Removes the invalid elements of <paramref name="copied"/>; the warning, or null when the reference is valid.</summary>
    public static string? Repair(WordprocessingDocument document, IReadOnlyCollection<OpenXmlPart> copied)
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        var errors = validator.Validate(document).ToList();
        if (errors.Count == 0)
        {
            return null;
        }

        var first = errors[0];
        var warning = $"has {errors.Count} Open XML validator error{(errors.Count == 1 ? "" : "s")} of its own " +
            $"(first: {first.Part?.Uri} {first.Path?.XPath}: {first.Description}); they are not copied into the output";
        for (var pass = 0; pass < MaxPasses && errors.Count > 0; pass++)
        {
            var removed = false;
            foreach (var error in errors.Where(e => e.Part is not null && copied.Contains(e.Part)))
            {
                // An unexpected child is the related node and goes alone; otherwise the node is the invalid element, or
                // the element holding an invalid attribute, and goes whole.
                var node = error.RelatedNode is { Parent: not null } child ? child : error.Node;
                if (node is { Parent: not null } && !ReferenceEquals(node, error.Part!.RootElement))
                {
                    node.Remove();
                    removed = true;
                }
            }

            if (!removed)
            {
                break;
            }

            errors = [.. copied.SelectMany(part => validator.Validate(part))];
        }

        return warning;
    }
}
