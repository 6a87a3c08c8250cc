using Convert.Core.Reading;
using System.Text;
using Convert.Core;

namespace Convert.Tests.Html;

public class InputFormatDetectorTests
{
    private const string Page = "<!DOCTYPE html><html><head><title>Page Title</title></head><body><p>Body text of the page.</p></body></html>";
    private const string Text = "How to Grow Tomatoes\nBy Jane Doe\n\nTomatoes need full sun.";

    private static InputFormat Detect(string? path, string content) => InputFormatDetector.Detect(path, Encoding.UTF8.GetBytes(content));

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.htm")]
    [InlineData("PAGE.HTML")]
    [InlineData("dir/page.xhtml")]
    public void HtmlExtension_MeansHtml_WhateverTheContent(string path)
    {
        Assert.Equal(InputFormat.Html, Detect(path, Text));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("NOTES.TXT")]
    [InlineData("notes.text")]
    public void TextExtension_MeansText_WhateverTheContent(string path)
    {
        Assert.Equal(InputFormat.Text, Detect(path, Page));
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><body>x</body></html>")]
    [InlineData("<!doctype HTML><p>x</p>")]
    [InlineData("<html lang=\"en\"><body>x</body></html>")]
    [InlineData("\n\n   <HTML>\n<body>x</body>")]
    [InlineData("<!-- saved from url=(0014)about:internet -->\n<html><body>x</body></html>")]
    [InlineData("<!-- one --><!-- two -->\n<!DOCTYPE html><html></html>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>")]
    [InlineData("<head><meta charset=\"utf-8\"></head>")]
    [InlineData("<div class=\"post\"><p>fragment</p></div>")]
    [InlineData("<p>A fragment of markup.</p>")]
    public void MarkupAtTheStart_MeansHtml(string content)
    {
        Assert.Equal(InputFormat.Html, Detect("-", content));
        Assert.Equal(InputFormat.Html, Detect(null, content));
        Assert.Equal(InputFormat.Html, Detect("download.dat", content));
    }

    [Fact]
    public void Utf8Bom_BeforeTheMarkup_MeansHtml()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<!DOCTYPE html><html></html>")];

        Assert.Equal(InputFormat.Html, InputFormatDetector.Detect(null, bytes));
    }

    [Theory]
    [InlineData(Text)]
    [InlineData("<3 my garden\nTomatoes need full sun.")]
    [InlineData("Notes on <html> tags\nThe <html> element is the root.")]
    [InlineData("<pre>not a page start</pre>")]
    [InlineData("<paragraph>made-up tag</paragraph>")]
    [InlineData("<!-- an unterminated comment and then text")]
    public void PlainText_StaysText(string content)
    {
        Assert.Equal(InputFormat.Text, Detect(null, content));
    }

    [Fact]
    public void Pipeline_ReadsMarkupFromStdinAsHtml()
    {
        var article = ConversionPipeline.Default.Convert(Encoding.UTF8.GetBytes(Page), new ConversionOptions { SourcePath = "-" });

        Assert.Equal("Page Title", article.Title);
        Assert.Equal(["Body text of the page."], HtmlRead.BodyTexts(article));
    }

    [Fact]
    public void Pipeline_TextFormatOverridesTheExtension()
    {
        var article = ConversionPipeline.Default.Convert(
            Encoding.UTF8.GetBytes(Text), new ConversionOptions { SourcePath = "page.html", Format = InputFormat.Text });

        Assert.Equal("How to Grow Tomatoes", article.Title);
    }

    [Fact]
    public void Pipeline_HtmlFormatOverridesTheExtension()
    {
        var article = ConversionPipeline.Default.Convert(
            Encoding.UTF8.GetBytes(Page), new ConversionOptions { SourcePath = "saved.txt", Format = InputFormat.Html });

        Assert.Equal("Page Title", article.Title);
        Assert.DoesNotContain(article.Body, b => b.PlainText.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void Pipeline_KeepsTheSourcePathForHtml()
    {
        var article = ConversionPipeline.Default.Convert(Encoding.UTF8.GetBytes(Page), new ConversionOptions { SourcePath = "in/page.html" });

        Assert.Equal("in/page.html", article.Metadata.SourcePath);
    }
}
