using Convert.Core;
using Convert.Core.Reading;
using Convert.Tests.Fixtures;
using Convert.Tests.Validation;

namespace Convert.Tests.Limits;

/// <summary>Inputs the fuzzer found crashing (fixtures/bad-fuzz, docs/fuzzing.md): each converts or is refused, never throws anything else.</summary>
public sealed class FuzzFindingsTests
{
    public static TheoryData<string> Findings() => new(Directory.GetFiles(Path.Combine(FixtureFiles.Root, "fixtures", "bad-fuzz"))
        .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Findings))]
    public void ConvertsOrIsRefused(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixtureFiles.Root, "fixtures", "bad-fuzz", name));
        var format = name.EndsWith(".html", StringComparison.Ordinal) ? InputFormat.Html : InputFormat.Auto;

        try
        {
            var article = ConversionPipeline.Default.Convert(bytes, new ConversionOptions { SourcePath = name, Format = format });
            Assert.NotEmpty(article.Body);
        }
        catch (InputFormatException)
        {
            // Refused with a reason: the right answer for a broken input.
        }
    }

    [Fact]
    public void JsonBlockWithoutItsTypeIsAFormatError()
    {
        using var json = File.OpenRead(Path.Combine(FixtureFiles.Root, "fixtures", "bad-fuzz", "json-block-without-type.json"));

        var error = Assert.Throws<Convert.Core.Writing.Json.JsonArticleFormatException>(() => Convert.Core.Writing.Json.JsonArticleReader.Read(json));

        Assert.Equal("$.body[0]", error.JsonPath);
    }

    [Fact]
    public void JsonWithABrokenUtf8PropertyNameIsUnreadable()
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixtureFiles.Root, "fixtures", "bad-fuzz", "json-invalid-utf8-name.json"));

        var findings = Convert.Core.Validation.FileValidator.Validate("a.json", bytes, Convert.Core.Validation.FileKind.Json, Validate.Settings());

        var finding = Assert.Single(findings);
        Assert.Equal("unreadable", finding.RuleId);
        Assert.StartsWith("Not valid UTF-8 at byte 449", finding.Message, StringComparison.Ordinal);
        Assert.Equal(24, finding.Line);
    }
}
