using Convert.Core.Writing;
using Convert.Tests.Writing.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Print;

/// <summary>
/// The round trip the README suggests: the default reference document opened and saved as .docx by LibreOffice,
/// then used as --reference-doc. Its header distance comes back as 0 and LibreOffice names styles its own way;
/// the output must still validate, print the running head off the paper's edge and keep bold runs upright.
/// </summary>
public sealed class LibreOfficeReferenceDocTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "declutter-reference-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void ADefaultReferenceSavedByLibreOfficeGivesAValidDocumentWithItsRunningHeadAndUprightBold()
    {
        var reference = DocxReferenceDocument.Load(new MemoryStream(RoundTrip()));

        var docx = DocxTestArticles.Write(DocxTestArticles.Full, new WriterOptions { Docx = new DocxOptions { ReferenceDocument = reference } });

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.True(reference.Warnings.Count <= 1, string.Join("\n", reference.Warnings));
        var margin = main.Document!.Body!.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageMargin>()!;
        Assert.True(margin.Header!.Value >= 454, $"header distance {margin.Header.Value} twips");
        Assert.Equal("A Full Example", main.HeaderParts.Single().Header!.InnerText);

        // LibreOffice opens a style by its name: two styles named "Strong" (ours renamed by its round trip) would
        // leave every bold run to whichever it read last, bold italic before the rename.
        var styles = main.StyleDefinitionsPart!.Styles!;
        var names = styles.Elements<W.Style>().Select(s => s.StyleName?.Val?.Value).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        var strong = styles.Elements<W.Style>().Single(s => s.StyleName?.Val?.Value == "Strong");
        Assert.True(Resolves(styles, strong.StyleId!.Value!, p => p.Bold));
        Assert.False(Resolves(styles, strong.StyleId!.Value!, p => p.Italic));
    }

    private static bool Resolves(W.Styles styles, string id, Func<W.StyleRunProperties, OpenXmlElement?> property)
    {
        for (string? current = id; current is not null;)
        {
            var style = styles.Elements<W.Style>().FirstOrDefault(s => s.StyleId?.Value == current);
            if (style?.StyleRunProperties is { } run && property(run) is { } value)
            {
                return value.GetAttributes().All(a => a.LocalName != "val" || a.Value is "1" or "true" or "on");
            }

            current = style?.BasedOn?.Val?.Value;
        }

        return false;
    }

    private byte[] RoundTrip()
    {
        var office = ExternalTool.Find("soffice", "libreoffice");
        if (office is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("DECLUTTER_REQUIRE_LIBREOFFICE") == "1",
                "LibreOffice (soffice) is not installed, but DECLUTTER_REQUIRE_LIBREOFFICE=1 requires the print tests to run");
            Assert.Skip("LibreOffice (soffice) is not installed: the round trip of the reference document is not checked");
        }

        var input = Path.Combine(_folder, "in");
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(input);
        using (var file = File.Create(Path.Combine(input, "reference.docx")))
        {
            DocxArticleWriter.WriteReferenceDocument(file);
        }

        var profile = new Uri(Path.Combine(_folder, "profile")).AbsoluteUri;
        ExternalTool.Run(office,
            ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, Path.Combine(input, "reference.docx")],
            TimeSpan.FromMinutes(3));
        return File.ReadAllBytes(Path.Combine(output, "reference.docx"));
    }
}
