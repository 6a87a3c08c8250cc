using System.Globalization;
using System.Xml.Linq;
using Convert.Core.Model;

namespace Convert.Tests.Print;

/// <summary>A figure as LibreOffice prints it: the saved image on the page, its caption right under it, on the same page.</summary>
public sealed class LibreOfficeFigurePrintTests(PrintedDocuments printed) : IClassFixture<PrintedDocuments>
{
    [Fact]
    public void TheCaptionIsPrintedUnderItsImage_OnTheSamePage()
    {
        Assert.SkipWhen(printed.MissingTools is not null, printed.MissingTools ?? "");
        var pdftohtml = ExternalTool.Find("pdftohtml");
        Assert.SkipWhen(pdftohtml is null, "pdftohtml (poppler-utils) is not installed");
        var document = printed[PrintedDocuments.FigureName];
        var figure = document.Article.Body.OfType<Figure>().First(f => f.LocalImage is not null);

        // pdftohtml's XML gives each image and line of text with its page and position (top grows down the page).
        var output = Path.Combine(Path.GetDirectoryName(document.PdfPath!)!, "figure-layout");
        ExternalTool.Run(pdftohtml!, ["-xml", "-q", "-nodrm", document.PdfPath!, output], TimeSpan.FromSeconds(30));
        var pages = XDocument.Load(output + ".xml").Root!.Elements("page").ToList();
        var imagePage = Assert.Single(pages, p => p.Elements("image").Any());
        var image = Assert.Single(imagePage.Elements("image"));
        var captionStart = figure.CaptionText[..20];
        var caption = pages.SelectMany(p => p.Elements("text")).First(t => t.Value.Contains(captionStart, StringComparison.Ordinal));

        Assert.Same(imagePage, caption.Parent);
        Assert.True(Number(caption, "top") >= Number(image, "top") + Number(image, "height") - 1,
            $"the caption ({Number(caption, "top")}) is under the image ({Number(image, "top")} + {Number(image, "height")})");
        var followingText = imagePage.Elements("text").Where(t => Number(t, "top") > Number(image, "top")).OrderBy(t => Number(t, "top")).First();
        Assert.Same(caption, followingText);
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
