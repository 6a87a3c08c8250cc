using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// The dump's property lines: core properties (title, creator, description, language, created, modified), then each
/// custom property as "custom NAME: value", and whether the package has an app.xml. Missing values read "(none)".
/// </summary>
internal static class DocxDumpProperties
{
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNs = "http://purl.org/dc/terms/";

    public static void Append(WordprocessingDocument document, System.Text.StringBuilder text)
    {
        var core = Load(document.CoreFilePropertiesPart);
        foreach (var (label, name) in (ReadOnlySpan<(string, XName)>)[
            ("title", XName.Get("title", DcNs)), ("creator", XName.Get("creator", DcNs)),
            ("description", XName.Get("description", DcNs)), ("language", XName.Get("language", DcNs)),
            ("created", XName.Get("created", DcTermsNs)), ("modified", XName.Get("modified", DcTermsNs))])
        {
            var value = core?.Element(name)?.Value;
            text.Append(label).Append(": ").Append(string.IsNullOrWhiteSpace(value) ? "(none)" : value).Append('\n');
        }

        foreach (var property in Load(document.CustomFilePropertiesPart)?.Elements() ?? [])
        {
            text.Append("custom ").Append(property.Attribute("name")?.Value ?? "?").Append(": ").Append(property.Value).Append('\n');
        }

        text.Append("app.xml: ").Append(document.ExtendedFilePropertiesPart is null ? "none" : "present").Append('\n');
    }

    private static XElement? Load(OpenXmlPart? part)
    {
        if (part is null)
        {
            return null;
        }

        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            return XDocument.Load(stream).Root;
        }
        catch (XmlException)
        {
            // A broken part reads like a missing one.
            return null;
        }
    }
}
