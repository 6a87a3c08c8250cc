using System.Text;
using Convert.Core;
using Convert.Core.Html;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Tests.Html;

/// <summary>Shortcuts for the HTML tests: read a page through the real reader with the built-in rules.</summary>
internal static class HtmlRead
{
    public static Article Article(string html, string? sourcePath = "page.html") =>
        ConversionPipeline.Default.ConvertText(html, new ConversionOptions { SourcePath = sourcePath, Format = InputFormat.Html });

    public static Article Article(byte[] bytes) =>
        ConversionPipeline.Default.Convert(bytes, new ConversionOptions { SourcePath = "page.html", Format = InputFormat.Html });

    /// <summary>A page whose body holds <paramref name="body"/> and enough prose around it to be found as the article.</summary>
    public static string Page(string body, string head = "") => $"""
        <!DOCTYPE html>
        <html><head><title>Test Page</title>{head}</head>
        <body>{body}</body></html>
        """;

    /// <summary>The body text of every block, in order.</summary>
    public static IReadOnlyList<string> BodyTexts(Article article) => article.Body.Select(b => b.PlainText).ToList();

    /// <summary>The visible text of the parsed page body, whitespace runs collapsed.</summary>
    public static string VisibleText(HtmlPage page) => Whitespace.Collapse(page.Body.InnerText());

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
