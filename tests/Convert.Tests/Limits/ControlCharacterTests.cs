using System.Text;
using Convert.Core;
using Convert.Core.Model;
using Convert.Core.Validation;
using Convert.Core.Writing;
using Convert.Tests.Html;
using Convert.Tests.Validation;

namespace Convert.Tests.Limits;

/// <summary>No output holds a C0 control character other than tab and line feed, whatever the input spelled.</summary>
public sealed class ControlCharacterTests
{
    private const string Prose = "of the body, with a few words in it, and a comma.";

    [Theory]
    [InlineData("md")]
    [InlineData("txt")]
    [InlineData("json")]
    public void RawEscapesInTextNeverReachAnOutput(string format)
    {
        var text = $"A title\n\nParagraph \u001b]0;owned\u0007 one {Prose}\n\nParagraph \u001b[2J two\u0008 {Prose}\n";

        var output = Write(ConversionPipeline.Default.Convert(Encoding.UTF8.GetBytes(text), new ConversionOptions { SourcePath = "a.txt" }), format);

        AssertNoControls(output);
        Assert.Contains("owned", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("txt")]
    public void ReferencesAndJsonLdControlsNeverReachAnOutput(string format)
    {
        var page = HtmlRead.Page($"<article><p>Paragraph &#0;&#1;&#x1b;]0;title&#7; one {Prose}</p><p>Paragraph two {Prose}</p></article>",
            head: """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Head\u0000line \u001b[31mred"}</script>""");

        var article = HtmlRead.Article(page);
        var output = Write(article, format);

        AssertNoControls(output);
        Assert.Equal("Headline [31mred", article.Title);
    }

    [Fact]
    public void TheGuardDropsWhatAnyReaderLetThrough()
    {
        var article = new Article
        {
            Title = "T\u001bitle",
            Body = [new Paragraph([new Run("a\u0007b", LinkUrl: "https://x.example/\u0000")], SourceSpan.None)],
            Authors = [new Author("Ann\u001b Lee")],
        };

        var clean = ControlCharacterGuard.Clean(article);

        Assert.Equal("Title", clean.Title);
        Assert.Equal("ab", clean.Body[0].PlainText);
        Assert.Equal("Ann Lee", clean.Authors[0].Name);
        Assert.True(ControlCharacterGuard.IsClean(clean));
    }

    [Fact]
    public void ACleanArticleIsReturnedAsItIs()
    {
        var article = Fixtures.FixtureFiles.Convert("multi-author-bios");

        Assert.Same(article, ControlCharacterGuard.Clean(article));
    }

    [Fact]
    public void ValidateFlagsControlCharactersInAnInput()
    {
        var findings = Validate.TextFile(Validate.CleanArticle.Replace("every day,", "every \u001b[2Jday,", StringComparison.Ordinal));

        var finding = Assert.Single(findings, f => f.RuleId == ValidationRules.ControlCharacter);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(3, finding.Line);
    }

    [Fact]
    public void ValidateFlagsControlReferencesInAPage()
    {
        var bytes = HtmlRead.Utf8(HtmlRead.Page($"<article><p>One &#x1B; {Prose} {Prose} {Prose}</p><p>Two {Prose} {Prose}</p></article>"));

        var findings = FileValidator.Validate("a.html", bytes, FileKind.Html, Validate.Settings());

        Assert.Contains(findings, f => f.RuleId == ValidationRules.ControlCharacter && f.Message.Contains("&#x1B;", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateFlagsControlCharactersInAJsonOutput()
    {
        var json = File.ReadAllText(Fixtures.FixtureFiles.GoldenPath("multi-author-bios", ".expected.json"));
        var dirty = json.Replace("\"sourcePath\": \"", "\"sourcePath\": \"\\u001b[2J", StringComparison.Ordinal);
        Assert.NotEqual(json, dirty);

        Assert.Contains(Validate.JsonFile(dirty), f => f.RuleId == ValidationRules.ControlCharacter);
        Assert.DoesNotContain(Validate.JsonFile(json), f => f.RuleId == ValidationRules.ControlCharacter);
    }

    private static string Write(Article article, string format)
    {
        using var output = new MemoryStream();
        ArticleWriters.Find(format)!.Write(ControlCharacterGuard.Clean(article), output, WriterOptions.Default);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static void AssertNoControls(string output)
    {
        var bad = output.Where(c => c < ' ' && c is not ('\t' or '\n')).ToList();
        Assert.True(bad.Count == 0, $"control characters in the output: {string.Join(" ", bad.Select(c => $"U+{(int)c:X4}"))}");
        Assert.DoesNotContain("\\u001b", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u0000", output, StringComparison.Ordinal);
    }
}
