using System.IO.Compression;
using System.Text;
using Convert.Core.Limits;
using Convert.Core.Validation;
using Convert.Core.Writing;
using Convert.Tests.Validation;

namespace Convert.Tests.Limits;

/// <summary>
/// Hostile Word packages become one "unreadable" finding (validate) or a refused reference document, never a stack
/// overflow, a memory blow-up or an internal error: the guard reads every part before the Open XML SDK does.
/// </summary>
public sealed class HostileDocxTests
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    [Fact]
    public void DeepDocumentIsUnreadableNotAStackOverflow()
    {
        var findings = Validate.DocxFile(Package(Body("<w:p>" + Repeat("<w:r>", 100_000) + Repeat("</w:r>", 100_000) + "</w:p>")));

        var finding = Assert.Single(findings);
        Assert.Equal(ValidationRules.Unreadable, finding.RuleId);
        Assert.Contains("nested more than 256 levels", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepStylesRefuseTheReferenceDocument()
    {
        var styles = $"<w:styles {W}>" + Repeat("<w:style>", 100_000) + Repeat("</w:style>", 100_000) + "</w:styles>";

        var error = Assert.Throws<InvalidDataException>(() => DocxReferenceDocument.Load(new MemoryStream(Package(Body("<w:p/>"), styles))));

        Assert.Contains("word/styles.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartInflatingPastTheLimitIsRefusedWithoutReadingItWhole()
    {
        var paragraphs = (int)(DocxPackageGuard.MaxPartBytes / 6) + 10;
        var docx = Package(Body(Repeat("<w:p/>", paragraphs)));

        var finding = Assert.Single(Validate.DocxFile(docx));

        Assert.Equal(ValidationRules.Unreadable, finding.RuleId);
        Assert.True(docx.Length < 1024 * 1024, "the package itself is small");
    }

    [Fact]
    public void TooManyElementsAreRefused()
    {
        var finding = Assert.Single(Validate.DocxFile(Package(Body(Repeat("<w:p/>", DocxPackageGuard.MaxXmlElements + 1)))));

        Assert.Contains("XML elements", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dtd")]
    [InlineData("laughs")]
    [InlineData("nul")]
    [InlineData("no-document")]
    [InlineData("not-zip")]
    public void BrokenPackagesAreUnreadable(string kind)
    {
        var docx = kind switch
        {
            "dtd" => Package("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Body("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", declaration: false)),
            "laughs" => Package("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + Body("<w:p><w:r><w:t>&b;</w:t></w:r></w:p>", declaration: false)),
            "nul" => Package(Body("<w:p><w:r><w:t>a\0b</w:t></w:r></w:p>")),
            "no-document" => Package(null),
            _ => Encoding.ASCII.GetBytes("PK\u0003\u0004 not really a zip"),
        };

        var finding = Assert.Single(Validate.DocxFile(docx));

        Assert.Equal(ValidationRules.Unreadable, finding.RuleId);
    }

    [Fact]
    public void TheWritersOwnDocumentPassesTheGuard()
    {
        using var stream = new MemoryStream(Docx.Fixture("multi-author-bios"));

        Assert.Null(DocxPackageGuard.Problem(stream));
        Assert.Equal(0, stream.Position);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Body(string inner, bool declaration = true) =>
        (declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" : "") + $"<w:document {W}><w:body>{inner}</w:body></w:document>";

    /// <summary>A minimal package: content types, the main relationship, and document.xml and styles.xml when given.</summary>
    private static byte[] Package(string? document, string? styles = null)
    {
        const string Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
            Add(zip, "_rels/.rels", $"<Relationships xmlns=\"{Rels}\"><Relationship Id=\"rId1\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            if (document is not null)
            {
                Add(zip, "word/_rels/document.xml.rels", $"<Relationships xmlns=\"{Rels}\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
                Add(zip, "word/document.xml", document);
                Add(zip, "word/styles.xml", styles ?? $"<w:styles {W}/>");
            }
        }
        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
