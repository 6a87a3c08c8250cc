using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Writes docProps/core.xml and docProps/custom.xml by hand. The packaging API's own properties would land in a
/// part with a random name, which breaks byte-for-byte reproducible output. No app.xml is written: it would only
/// hold statistics (pages, words) that this writer cannot know and Word recomputes anyway.
/// </summary>
internal static class DocxCoreProperties
{
    private const string CorePropertiesNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNs = "http://purl.org/dc/terms/";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";
    private const string CustomPropertiesNs = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private const string VariantTypesNs = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    // The format id every user-defined property carries (ECMA-376 part 1, 22.3.2.2).
    private const string UserDefinedPropertiesFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static void Write(CoreFilePropertiesPart part, DocxPackageProperties properties)
    {
        using var xml = XmlFor(part);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", CorePropertiesNs);
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTermsNs);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        WriteIfPresent(xml, "dc", "title", DcNs, properties.Title);
        WriteIfPresent(xml, "dc", "creator", DcNs, properties.Creator);
        WriteIfPresent(xml, "dc", "description", DcNs, properties.Description);
        WriteIfPresent(xml, "dc", "language", DcNs, properties.Language);
        WriteDate(xml, "created", properties.Created);
        WriteDate(xml, "modified", properties.Modified);
        xml.WriteEndElement();
    }

    /// <summary>True when there is at least one custom property to write.</summary>
    public static bool HasCustom(DocxPackageProperties properties) =>
        properties.Custom.Any(p => !string.IsNullOrWhiteSpace(p.Value));

    public static void WriteCustom(CustomFilePropertiesPart part, DocxPackageProperties properties)
    {
        using var xml = XmlFor(part);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Properties", CustomPropertiesNs);
        xml.WriteAttributeString("xmlns", "vt", null, VariantTypesNs);
        var pid = 2; // 0 and 1 are reserved.
        foreach (var (name, value) in properties.Custom.Where(p => !string.IsNullOrWhiteSpace(p.Value)))
        {
            xml.WriteStartElement("property", CustomPropertiesNs);
            xml.WriteAttributeString("fmtid", UserDefinedPropertiesFormatId);
            xml.WriteAttributeString("pid", (pid++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("name", name);
            xml.WriteElementString("vt", "lpwstr", VariantTypesNs, XmlText.Clean(value!.Trim()));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static XmlWriter XmlFor(OpenXmlPart part) => XmlWriter.Create(
        part.GetStream(FileMode.Create, FileAccess.Write),
        new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false, CloseOutput = true });

    private static void WriteDate(XmlWriter xml, string name, DateTimeOffset value)
    {
        xml.WriteStartElement("dcterms", name, DcTermsNs);
        xml.WriteAttributeString("xsi", "type", XsiNs, "dcterms:W3CDTF");
        xml.WriteString(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void WriteIfPresent(XmlWriter xml, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            xml.WriteElementString(prefix, name, ns, XmlText.Clean(value.Trim()));
        }
    }
}
