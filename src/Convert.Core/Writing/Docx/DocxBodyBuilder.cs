using Convert.Core.Model;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Lays out the article as Word paragraphs and tables: title, subtitle, byline, date, body, "About the authors", then the
/// source lines ("First published at", "Source:"). The first paragraph of the body and the first after each heading
/// take the First Paragraph style. Blocks with no text are left out rather than printed as empty spacers.
/// </summary>
internal sealed class DocxBodyBuilder(DocxInlines inlines, DocxNumbering numbering, DocxTables tables, DocxFigures figures)
{
    public List<OpenXmlElement> Build(Article article)
    {
        var paragraphs = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            paragraphs.Add(DocxParagraphs.Styled(DocxStyleIds.Title, article.Title.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(article.Subtitle))
        {
            paragraphs.Add(DocxParagraphs.Styled(DocxStyleIds.Subtitle, article.Subtitle.Trim()));
        }

        if (ArticleFrontAndBackMatter.AuthorsLine(article) is { } byline)
        {
            paragraphs.Add(DocxParagraphs.Styled(DocxStyleIds.Byline, byline));
        }

        if (ArticleFrontAndBackMatter.DateLine(article) is { } date)
        {
            paragraphs.Add(DocxParagraphs.Styled(DocxStyleIds.DateLine, date));
        }

        AddBody(article.Body, paragraphs);
        paragraphs.AddRange(DocxAuthorsSection.Build(article, inlines));
        AddSourceNotes(article, paragraphs);

        if (paragraphs.Count == 0)
        {
            // Word expects at least one paragraph in the body.
            paragraphs.Add(DocxParagraphs.Styled(DocxStyleIds.BodyText, []));
        }

        return paragraphs;
    }

    private void AddBody(IReadOnlyList<Block> body, List<OpenXmlElement> paragraphs)
    {
        var headingLevels = new DocxHeadingLevels(body);
        var atSectionStart = true;
        foreach (var block in body.Where(b => !string.IsNullOrWhiteSpace(b.PlainText)))
        {
            switch (block)
            {
                case Paragraph paragraph:
                    paragraphs.Add(DocxParagraphs.Styled(
                        atSectionStart ? DocxStyleIds.FirstParagraph : DocxStyleIds.BodyText,
                        inlines.Build(paragraph.Runs)));
                    atSectionStart = false;
                    break;
                case Heading heading:
                    var headingStyle = DocxStyleIds.Heading(headingLevels.Next(heading.Level));
                    paragraphs.Add(DocxParagraphs.Styled(headingStyle, inlines.Build(heading.Runs, headingStyle)));
                    atSectionStart = true;
                    break;
                case ListBlock { Items.Count: 0 }:
                    break;
                case ListBlock list:
                    var numIds = numbering.NumIdsForList(list);
                    paragraphs.AddRange(list.Items
                        .Where(item => !string.IsNullOrWhiteSpace(item.PlainText))
                        .Select(item => DocxParagraphs.ListItem(numIds(item), item.Level, inlines.Build(item.Runs))));
                    atSectionStart = false;
                    break;
                case CodeBlock code:
                    paragraphs.Add(DocxParagraphs.Styled(DocxStyleIds.SourceCode, inlines.Build([Run.Plain(code.Text)])));
                    atSectionStart = false;
                    break;
                case Table table:
                    paragraphs.AddRange(tables.Build(table));
                    atSectionStart = false;
                    break;
                case Figure figure:
                    paragraphs.AddRange(figures.Build(figure));
                    break;
                case Quote quote:
                    paragraphs.Add(DocxParagraphs.Styled(DocxStyleIds.Quote, inlines.Build(quote.Runs)));
                    atSectionStart = false;
                    break;
                default:
                    throw new NotSupportedException($"The Word writer has no layout for {block.GetType().Name}.");
            }
        }
    }

    private void AddSourceNotes(Article article, List<OpenXmlElement> paragraphs)
    {
        if (ArticleFrontAndBackMatter.SourceNoteUrl(article) is { } republishedFrom)
        {
            paragraphs.Add(SourceNote(ArticleFrontAndBackMatter.SourceNotePrefix(article), republishedFrom));
        }

        if (!string.IsNullOrWhiteSpace(article.Metadata.SourceUrl))
        {
            paragraphs.Add(SourceNote(ArticleFrontAndBackMatter.SourceLinePrefix(article), PrintedUrl.WithoutTracking(article.Metadata.SourceUrl.Trim())));
        }
    }

    private W.Paragraph SourceNote(string label, string url)
    {
        IEnumerable<OpenXmlElement> content = [DocxInlines.Plain(label), .. inlines.Build([new Run(url, LinkUrl: url)])];
        return DocxParagraphs.Styled(DocxStyleIds.SourceNote, content);
    }
}
