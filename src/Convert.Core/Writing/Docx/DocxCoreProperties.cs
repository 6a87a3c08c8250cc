using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Writes docProps/core.xml by hand. The packaging API's own properties would land in a part with a random
/// name, which breaks byte-for-byte reproducible output.
/// </summary>
internal static class DocxCoreProperties
{
    private const string CorePropertiesNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNs = "http://purl.org/dc/terms/";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(CoreFilePropertiesPart part, string? title, string? creator, DocxLanguage language, DateTimeOffset timestamp)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", CorePropertiesNs);
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTermsNs);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        WriteIfPresent(xml, "dc", "title", DcNs, title);
        WriteIfPresent(xml, "dc", "creator", DcNs, creator);
        WriteIfPresent(xml, "dc", "language", DcNs, language.Tag);
        var w3cdtf = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in (string[])["created", "modified"])
        {
            xml.WriteStartElement("dcterms", name, DcTermsNs);
            xml.WriteAttributeString("xsi", "type", XsiNs, "dcterms:W3CDTF");
            xml.WriteString(w3cdtf);
            xml.WriteEndElement();
        }

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
