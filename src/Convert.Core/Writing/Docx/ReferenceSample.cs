using Convert.Core.Model;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// The article written into the default reference document: one paragraph in every style the writer uses, each
/// naming its style, so a person editing the styles in a word processor sees what each one is for.
/// </summary>
internal static class ReferenceSample
{
    private static readonly SourceSpan Nowhere = SourceSpan.None;

    /// <summary>The sample's running head: a reference header saying just this is a template for each document's own.</summary>
    public static string RunningHead => ShortTitle.Of(Article.Title, Article.Metadata.SiteName, Article.Metadata.SourceUrl)!;

    public static Article Article { get; } = new()
    {
        Title = "Title: the article's headline",
        Subtitle = "Subtitle: the standfirst under the headline, when the page has one",
        Metadata = new ArticleMetadata
        {
            Language = "en",
            Published = "2025-01-31",
            SourceUrl = "https://example.org/source-line",
            RepublishedFrom = "https://example.org/first-published",
        },
        Authors =
        [
            new Author("Author Name", "Dr", "Author Role: the role line under the name",
                ["Author Bio: the bio paragraphs of each author, kept with the name line above them."], []),
        ],
        Body =
        [
            new Paragraph(
                [Run.Plain("First Paragraph: the first paragraph of the body and after each heading. It has "),
                 new Run("Strong", Bold: true), Run.Plain(", "), new Run("Emphasis", Italic: true), Run.Plain(" and "),
                 new Run("Strong Italic", Bold: true, Italic: true), Run.Plain(" text, and a "),
                 new Run("Hyperlink", LinkUrl: "https://example.org/hyperlink"),
                 Run.Plain(" whose address is printed in a footnote (footnote reference, footnote text).")],
                Nowhere),
            new Paragraph("Body Text: every other paragraph of the body. Page size and margins, the header and the "
                + "footer with its page numbers are taken from this document too.", Nowhere),
            new Heading(1, "Heading 1", Nowhere),
            new Paragraph("First Paragraph after a heading.", Nowhere),
            new Heading(2, "Heading 2", Nowhere),
            new ListBlock(false,
                [new ListItem("List Paragraph: a bulleted list item"), new ListItem([Run.Plain("a nested item, one level in")], Level: 1), new ListItem("another item")],
                Nowhere),
            new Heading(3, "Heading 3", Nowhere),
            new ListBlock(true, [new ListItem("List Paragraph: a numbered list item"), new ListItem("another item")], Nowhere),
            new Quote("Quote: a block quotation.", Nowhere),
            new Paragraph(
                [Run.Plain("Body Text with "), new Run("Verbatim Char", Code: true), Run.Plain(" for inline code, H"),
                 new Run("2", Position: RunPosition.Subscript), Run.Plain("O and E=mc"), new Run("2", Position: RunPosition.Superscript), Run.Plain(".")],
                Nowhere),
            new CodeBlock("Source Code: preformatted code,\n    its lines and indentation as written.", null, Nowhere),
            new Table(
                [
                    new TableRow([new TableCell("Table Header"), new TableCell("the header row, repeated on every page")]),
                    new TableRow([new TableCell("Table Text"), new TableCell("the other cells; the table takes the Table style")]),
                ],
                HeaderRows: 1, [Run.Plain("Caption: a table's caption, kept with the table")], Nowhere),
        ],
    };
}
