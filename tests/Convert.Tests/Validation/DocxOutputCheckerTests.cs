using Convert.Core.Model;
using Convert.Core.Validation;
using Convert.Tests.Fixtures;
using static Convert.Tests.Validation.Validate;

namespace Convert.Tests.Validation;

public class DocxOutputCheckerTests
{
    public static TheoryData<string> Fixtures() => new(FixtureFiles.TextFixtureNames());

    private static Article Article(params string[] paragraphs) => new()
    {
        Title = "Rain Gardens in the City",
        Body = paragraphs.Select((p, i) => (Block)new Paragraph(p, new SourceSpan(i + 3, i + 3))).ToList(),
    };

    private const string Prose = "Rain gardens take the water from roofs and streets and let it soak into the ground slowly.";
    private const string MoreProse = "The city has planted forty of them since spring, most of them on school grounds.";

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void OurOwnWordOutputHasNoErrors(string name)
    {
        var article = FixtureFiles.Convert(name);
        Assert.Empty(DocxFile(Docx.Write(article), article).Ids(Severity.Error));
    }

    [Fact]
    public void ACleanDocumentHasNoFindings() => Assert.Empty(DocxFile(Docx.Write(Article(Prose, MoreProse))));

    [Fact]
    public void AnInvalidPartIsReportedWithPartAndPath()
    {
        var findings = DocxFile(Docx.WithInvalidPart());

        var finding = Assert.Single(findings);
        Assert.Equal(ValidationRules.DocxValidator, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.StartsWith("word/document.xml /w:document[1]/w:body[1]", finding.Location, StringComparison.Ordinal);
        Assert.Contains("notAnElement", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAZipIsUnreadable() =>
        Assert.Equal([ValidationRules.Unreadable], DocxFile("PK but not really"u8.ToArray()).Ids());

    [Fact]
    public void ClutterAtTheEndOfTheBodyIsLeftover()
    {
        var finding = Assert.Single(DocxFile(Docx.Write(Article(Prose, MoreProse, "Share."))));

        Assert.Equal(ValidationRules.LeftoverClutter, finding.RuleId);
        Assert.Equal("word/document.xml paragraph 4", finding.Location);
    }

    [Fact]
    public void AMissingTitleIsAWarning()
    {
        var findings = DocxFile(Docx.Write(Article(Prose, MoreProse) with { Title = null }));

        Assert.Equal([ValidationRules.MissingTitle], findings.Ids());
        Assert.Equal(Severity.Warning, findings[0].Severity);
    }

    [Fact]
    public void AuthorsInTheJsonNeedAnAuthorsSection()
    {
        var json = Article(Prose, MoreProse) with
        {
            Authors = [new Author("Ana Ruiz", null, "Editor", [], []), new Author("Tom Bell", null, null, ["Tom Bell writes about parks."], [])],
        };

        var finding = Assert.Single(DocxFile(Docx.Write(Article(Prose, MoreProse)), json));

        Assert.Equal(ValidationRules.DocxAuthorsSection, finding.RuleId);
        Assert.Contains("2 author(s)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAuthorsSectionSatisfiesTheJson()
    {
        var article = Article(Prose, MoreProse) with { Authors = [new Author("Ana Ruiz", null, "Editor", ["Ana Ruiz writes about cities."], [])] };

        Assert.Empty(DocxFile(Docx.Write(article), article));
    }

    [Fact]
    public void AnEmptyBodyIsAnError() => Assert.Contains(ValidationRules.NoBody, DocxFile(Docx.Write(Article())).Ids(Severity.Error));

    [Fact]
    public void ARepeatedParagraphIsAWarning()
    {
        var finding = Assert.Single(DocxFile(Docx.Write(Article(Prose, MoreProse, Prose))));

        Assert.Equal(ValidationRules.DuplicateParagraph, finding.RuleId);
        Assert.Equal("word/document.xml paragraph 4", finding.Location);
    }

    [Fact]
    public void AWeakMatchBetweenBodyParagraphsIsPossibleClutter()
    {
        var finding = Assert.Single(DocxFile(Docx.Write(Article(Prose, "Print", MoreProse))));

        Assert.Equal((ValidationRules.PossibleClutter, Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal("word/document.xml paragraph 3", finding.Location);
    }

    [Fact]
    public void ClutterInABioIsLeftover()
    {
        var article = Article(Prose, MoreProse) with { Authors = [new Author("Ana Ruiz", null, "Editor", ["Ana Ruiz writes about cities.", "Follow us on Twitter"], [])] };

        var finding = Assert.Single(DocxFile(Docx.Write(article), article));

        Assert.Equal(ValidationRules.LeftoverClutter, finding.RuleId);
        Assert.Contains("author bio", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnstyledBodyParagraphIsAWarning()
    {
        var docx = Docx.ReplaceInPart(Docx.Write(Article(Prose, MoreProse)), "word/document.xml", "<w:pStyle w:val=\"BodyText\" />", "");

        var finding = Assert.Single(DocxFile(docx));

        Assert.Equal((ValidationRules.DocxBodyStyle, Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Contains("no paragraph style", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyStyleTheDocumentDoesNotDefineIsAWarning()
    {
        var docx = Docx.ReplaceInPart(Docx.Write(Article(Prose, MoreProse)), "word/document.xml", "<w:pStyle w:val=\"BodyText\" />", "<w:pStyle w:val=\"Fancy\" />");

        var finding = Assert.Single(DocxFile(docx), f => f.RuleId == ValidationRules.DocxBodyStyle);

        Assert.Contains("\"Fancy\", which the document does not define", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleMissingFromTheCorePropertiesIsAWarning()
    {
        var docx = Docx.ReplaceInPart(Docx.Write(Article(Prose, MoreProse)), "docProps/core.xml", "<dc:title>Rain Gardens in the City</dc:title>", "");

        var finding = Assert.Single(DocxFile(docx));

        Assert.Equal((ValidationRules.DocxCoreProperties, "docProps/core.xml"), (finding.RuleId, finding.Location));
    }

    [Fact]
    public void MojibakeInAParagraphIsAnError()
    {
        var finding = Assert.Single(DocxFile(Docx.Write(Article(Prose, MoreProse + " It wasnâ€™t cheap."))));

        Assert.Equal((ValidationRules.Mojibake, "word/document.xml paragraph 3"), (finding.RuleId, finding.Location));
    }
}
