using Convert.Core.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Fixtures;

/// <summary>
/// What every fixture's Word document must have to print well: every used style defined with the right type, page
/// size and margins, a PAGE field in the footer, no empty spacer paragraphs and no direct run formatting.
/// </summary>
public sealed class FixturePrintChecksTests
{
    public static TheoryData<string> AllFixtures() => new(FixtureFiles.TextFixtureNames());

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void EveryUsedStyleIsDefinedWithTheRightType(string name)
    {
        using var document = Open(name);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>()
            .ToDictionary(s => s.StyleId!.Value!, s => s.Type!.Value);

        var wrong = AllRoots(document).SelectMany(root =>
                root.Descendants<W.ParagraphStyleId>().Select(s => (s.Val!.Value!, W.StyleValues.Paragraph))
                    .Concat(root.Descendants<W.RunStyle>().Select(s => (s.Val!.Value!, W.StyleValues.Character))))
            .Where(used => !styles.TryGetValue(used.Item1, out var type) || type != used.Item2)
            .Select(used => used.Item1)
            .Distinct()
            .ToList();

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void PageSizeMarginsAndAPageFieldInTheFooterAreSet(string name)
    {
        using var document = Open(name);
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<W.SectionProperties>().Single();

        Assert.True(section.GetFirstChild<W.PageSize>() is { Width.Value: > 0, Height.Value: > 0 });
        Assert.True(section.GetFirstChild<W.PageMargin>() is { Top.Value: > 0, Left.Value: > 0 });
        var footer = Assert.Single(main.FooterParts).Footer!;
        Assert.Contains(footer.Descendants<W.SimpleField>(), f => f.Instruction?.Value?.Trim() == "PAGE");
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void NoParagraphIsAnEmptySpacer(string name)
    {
        using var document = Open(name);

        var empty = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Where(p => string.IsNullOrWhiteSpace(p.InnerText))
            .Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .ToList();

        Assert.Empty(empty);
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void RunsCarryNoDirectFormatting(string name)
    {
        using var document = Open(name);

        // A character style, the language and right-to-left reading order are all a run may say about itself.
        var direct = AllRoots(document)
            .SelectMany(root => root.Descendants<W.RunProperties>())
            .SelectMany(p => p.ChildElements)
            .Where(child => child is not (W.RunStyle or W.Languages or W.RightToLeftText))
            .Select(child => child.LocalName)
            .Distinct()
            .ToList();

        Assert.Empty(direct);
    }

    private static IEnumerable<OpenXmlElement> AllRoots(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        yield return main.Document!;
        foreach (var header in main.HeaderParts)
        {
            yield return header.Header!;
        }

        foreach (var footer in main.FooterParts)
        {
            yield return footer.Footer!;
        }

        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            yield return footnotes;
        }
    }

    private static WordprocessingDocument Open(string name)
    {
        var docx = new MemoryStream();
        new DocxArticleWriter().Write(FixtureFiles.Convert(name), docx, WriterOptions.Default);
        docx.Position = 0;
        return WordprocessingDocument.Open(docx, false);
    }
}
