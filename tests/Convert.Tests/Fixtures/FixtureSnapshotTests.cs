using System.Text;
using Convert.Core.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Convert.Tests.Fixtures;

/// <summary>
/// Snapshot of every authored fixture (text and HTML): the JSON output and a readable dump of the .docx (styles per paragraph),
/// kept as golden files beside the fixture (<c>NAME.expected.json</c>, <c>NAME.expected.docx.dump</c>).
/// </summary>
public sealed class FixtureSnapshotTests
{
    public static TheoryData<string> AllFixtures() => new(FixtureFiles.AllFixtureNames());

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void JsonOutputMatchesGolden(string name)
    {
        var json = Write("json", name);
        GoldenFile.AssertMatches(FixtureFiles.GoldenPath(name, ".expected.json"), json);
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void DocxDumpMatchesGolden(string name)
    {
        using var docx = new MemoryStream();
        Writer("docx").Write(FixtureFiles.Convert(name), docx, WriterOptions.Default);
        docx.Position = 0;
        GoldenFile.AssertMatches(FixtureFiles.GoldenPath(name, ".expected.docx.dump"), DocxTextDump.Dump(docx));
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void JsonOutputValidatesAgainstTheSchema(string name) =>
        Assert.Empty(ArticleJsonSchema.Validate(Write("json", name)));

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void DocxOutputHasNoValidatorErrors(string name)
    {
        using var docx = new MemoryStream();
        Writer("docx").Write(FixtureFiles.Convert(name), docx, WriterOptions.Default);
        docx.Position = 0;
        using var document = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void JsonOutputIsDeterministic(string name) => Assert.Equal(Write("json", name), Write("json", name));

    private static string Write(string format, string name)
    {
        using var output = new MemoryStream();
        Writer(format).Write(FixtureFiles.Convert(name), output, WriterOptions.Default);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static IArticleWriter Writer(string format) =>
        ArticleWriters.Find(format) ?? throw new InvalidOperationException($"no writer for {format}");
}
