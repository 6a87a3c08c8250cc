using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Tests.Writing.Docx;

/// <summary>Hand-built articles and helpers shared by the Word writer tests.</summary>
internal static class DocxTestArticles
{
    private static readonly SourceSpan At = SourceSpan.None;

    public static Article Small => new()
    {
        Title = "Rivers of the Plain",
        Body =
        [
            new Paragraph([Run.Plain("Water moves "), new Run("slowly", Italic: true), Run.Plain(" across the "), new Run("flat", Bold: true), Run.Plain(" land.")], At),
            new Paragraph("A second paragraph.", At),
        ],
        Authors = [new Author("Ada Moss", "Dr", "Hydrologist", ["Ada studies floods.", "She lives by a river."], [])],
        Metadata = new ArticleMetadata { Published = "2025-03-03", SourceUrl = "https://example.org/rivers" },
    };

    public static Article Full => new()
    {
        Title = "A Full Example",
        Body =
        [
            new Heading(2, "Starting deep", At),
            new Paragraph([Run.Plain("See "), new Run("the map", LinkUrl: "https://maps.example.org/a?x=1&y=2"), Run.Plain(" and "), new Run("both", Bold: true, Italic: true)], At),
            new Heading(3, "Deeper", At),
            new ListBlock(false, [new ListItem("apples"), new ListItem("pears")], At),
            new ListBlock(true, [new ListItem("one"), new ListItem("two")], At),
            new Quote("To be quoted.", At),
            new ListBlock(true, [new ListItem("again one")], At),
            new Heading(2, "Back up", At),
            new Paragraph([new Run("bold link", Bold: true, LinkUrl: "/relative/page")], At),
        ],
        Authors =
        [
            new Author("Ada Moss", "Dr", "Hydrologist", ["Ada studies floods."], []),
            new Author("Ben Ray", null, null, ["Ben writes."], []),
            new Author("Cy Lowe"),
        ],
        Metadata = new ArticleMetadata
        {
            Language = "en-GB",
            Published = "2024-12-01",
            SourceUrl = "https://news.example.org/full",
            RepublishedFrom = "https://first.example.org/original",
        },
    };

    public static Article NonLatin => new()
    {
        Title = "\u6cb3\u5ddd\u306e\u8a71",
        Body =
        [
            new Paragraph("\u6c34\u306f\u3086\u3063\u304f\u308a\u6d41\u308c\u308b\u3002", At),
            new Paragraph("\u0627\u0644\u0645\u0627\u0621 \u064a\u062c\u0631\u064a \u0628\u0628\u0637\u0621", At),
            new Paragraph("Emoji \U0001F30A and a lone \uD800 half and a bell \u0007.", At),
        ],
        Authors = [new Author("\u5c71\u7530 \u82b1\u5b50", null, "\u8a18\u8005", [], [])],
        Metadata = new ArticleMetadata { Language = "ja", Published = "2025-01-02" },
    };

    public static byte[] Write(Article article, WriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        new DocxArticleWriter().Write(article, stream, options ?? WriterOptions.Default);
        return stream.ToArray();
    }

    public static string Dump(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return DocxTextDump.Dump(stream);
    }
}
