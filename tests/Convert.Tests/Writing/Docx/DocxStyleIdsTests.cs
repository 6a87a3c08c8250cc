using Convert.Core.Writing.Docx;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>The style id lists other code (the validator) relies on match the style sheet exactly.</summary>
public class DocxStyleIdsTests
{
    [Fact]
    public void TheListedStylesAreExactlyTheDefinedOnesWithTheirTypes()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxTestArticles.Write(DocxTestArticles.Full)), false);
        var defined = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>()
            .Select(s => (s.StyleId!.Value!, s.Type!.InnerText ?? ""))
            .ToList();

        var listed = DocxStyleIds.ParagraphStyles.Select(id => (id, "paragraph"))
            .Concat(DocxStyleIds.CharacterStyles.Select(id => (id, "character")))
            .Concat(DocxStyleIds.TableStyles.Select(id => (id, "table")))
            .ToList();

        Assert.Equal(listed.Order(), defined.Order());
    }
}
