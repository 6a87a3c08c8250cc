using Convert.Core.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// The "About the authors" section: a heading, then per author a name line (with honorific), the role and
/// the bio paragraphs. Authors the page gave only a name for appear in the byline alone. Keep-with-next on
/// the heading, name and role lives in the styles, so a name is never left alone at the bottom of a page.
/// </summary>
internal static class DocxAuthorsSection
{
    public static IEnumerable<W.Paragraph> Build(Article article, DocxInlines inlines)
    {
        var described = ArticleFrontAndBackMatter.AuthorsToIntroduce(article);
        if (described.Count == 0)
        {
            yield break;
        }

        yield return DocxParagraphs.Styled(DocxStyleIds.AuthorsHeading, ArticleFrontAndBackMatter.AboutHeading(article, described.Count));
        foreach (var author in described)
        {
            yield return DocxParagraphs.Styled(DocxStyleIds.AuthorName, author.DisplayName.Trim());
            if (!string.IsNullOrWhiteSpace(author.Role))
            {
                yield return DocxParagraphs.Styled(DocxStyleIds.AuthorRole, author.Role.Trim());
            }

            foreach (var bio in author.Bio.Where(b => !string.IsNullOrWhiteSpace(b)))
            {
                // Handles and emails in the bio become working links, as the author's links say where they go.
                yield return DocxParagraphs.Styled(DocxStyleIds.AuthorBio, inlines.Build(LinkedText.Runs(bio.Trim(), author.Links)));
            }
        }
    }
}
