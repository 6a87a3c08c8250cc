using Convert.Core.Model;
using Convert.Core.Writing;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

/// <summary>Paper, printed link targets, languages and properties of the Word output.</summary>
public class DocxPrintOptionsTests
{
    private static readonly SourceSpan At = SourceSpan.None;

    private static Article WithLanguage(string? language) =>
        DocxTestArticles.Small with { Metadata = DocxTestArticles.Small.Metadata with { Language = language } };

    private static WriterOptions Options(PaperSize paper = PaperSize.Auto, PrintedUrls urls = PrintedUrls.Footnote) =>
        new() { Docx = new DocxOptions { Paper = paper, PrintUrls = urls } };

    [Theory]
    [InlineData("en-US", "(Letter)")]
    [InlineData("en-CA", "(Letter)")]
    [InlineData("es-MX", "(Letter)")]
    [InlineData("fr-CA", "(Letter)")]
    [InlineData("en-PH", "(Letter)")]
    [InlineData("en", "(A4)")]
    [InlineData("en-GB", "(A4)")]
    [InlineData("de-DE", "(A4)")]
    [InlineData("zh-Hant-TW", "(A4)")]
    [InlineData(null, "(A4)")]
    public void WhenPaperIsAutoThenTheLanguagesRegionPicksIt(string? language, string paper)
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(WithLanguage(language)));

        Assert.Contains($"mm {paper}, margins", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenPaperIsGivenThenItWinsOverTheLanguage()
    {
        var letter = DocxTestArticles.Dump(DocxTestArticles.Write(WithLanguage("de-DE"), Options(PaperSize.Letter)));
        var a4 = DocxTestArticles.Dump(DocxTestArticles.Write(WithLanguage("en-US"), Options(PaperSize.A4)));

        Assert.Contains("page: 215.9 x 279.4 mm (Letter), margins top 25.4", letter, StringComparison.Ordinal);
        Assert.Contains("page: 210.0 x 297.0 mm (A4), margins top 25.0", a4, StringComparison.Ordinal);
    }

    private static readonly Article Linked = new()
    {
        Body =
        [
            new Paragraph(
                [Run.Plain("See "), new Run("the map", LinkUrl: "https://maps.example.org/a"), Run.Plain(" or "),
                 new Run("https://maps.example.org/b", LinkUrl: "https://maps.example.org/b"), Run.Plain(".")],
                At),
        ],
    };

    [Fact]
    public void WhenUrlsArePrintedAsFootnotesThenEachLinkWhoseTextHidesItsTargetGetsOne()
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(Linked));

        Assert.Contains("[FirstParagraph] See [{Hyperlink: the map}](https://maps.example.org/a)[^1] or [{Hyperlink: https://maps.example.org/b}](https://maps.example.org/b).\n", dump, StringComparison.Ordinal);
        Assert.Contains("footnotes:\n1: [FootnoteText] [^] https://maps.example.org/a\nheader", dump.Replace("footer (default)", "header", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void WhenUrlsArePrintedInlineThenTheyFollowTheLinkInBrackets()
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(Linked, Options(urls: PrintedUrls.Inline)));

        Assert.Contains("See [{Hyperlink: the map}](https://maps.example.org/a) (https://maps.example.org/a) or ", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("footnotes:", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenUrlsAreNotPrintedThenOnlyTheLinkTextIs()
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(Linked, Options(urls: PrintedUrls.None)));

        Assert.Contains("See [{Hyperlink: the map}](https://maps.example.org/a) or ", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("footnotes:", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenFootnotesAreWrittenThenSettingsNameTheSeparators()
    {
        using var document = Open(DocxTestArticles.Write(Linked));

        var notes = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<W.Footnote>().Select(n => n.Id!.Value).ToList();
        var special = document.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<W.FootnoteDocumentWideProperties>()!
            .Elements<W.FootnoteSpecialReference>().Select(r => r.Id!.Value).ToList();

        Assert.Equal([-1L, 0L, 1L], notes);
        Assert.Equal([-1L, 0L], special);
    }

    [Fact]
    public void WhenARunIsInAnotherLanguageThenItCarriesItAndRightToLeftTextIsMarked()
    {
        var article = new Article
        {
            Metadata = new ArticleMetadata { Language = "en-GB" },
            Body =
            [
                new Paragraph([Run.Plain("The sign said "), new Run("Rue calme", Language: "fr"), Run.Plain(".")], At),
                new Paragraph([new Run("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd", Language: "he")], At),
                new Paragraph([Run.Plain("\u0627\u0644\u0645\u0627\u0621 "), new Run("\u6c34", Language: "ja")], At),
            ],
        };

        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(article));

        Assert.Contains("[FirstParagraph] The sign said {lang fr: Rue calme}.\n", dump, StringComparison.Ordinal);
        Assert.Contains("[BodyText] <rtl> {rtl+lang he: \u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd}\n", dump, StringComparison.Ordinal);
        Assert.Contains("[BodyText] <rtl> {rtl: \u0627\u0644\u0645\u0627\u0621 }{lang ja: \u6c34}\n", dump, StringComparison.Ordinal);
        using var document = Open(DocxTestArticles.Write(article));
        var languages = document.MainDocumentPart!.Document!.Descendants<W.Languages>().ToList();
        Assert.Equal([("fr", null, null), (null, null, "he"), (null, "ja", null)],
            languages.Select(l => (l.Val?.Value, l.EastAsia?.Value, l.Bidi?.Value)));
    }

    [Fact]
    public void ASpanLanguageThatIsNoLanguageTagIsLeftOut()
    {
        var article = new Article { Body = [new Paragraph([new Run("odd", Language: "not a tag!")], At)] };

        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(article));

        Assert.Contains("[FirstParagraph] odd\n", dump, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "MS Mincho")]
    [InlineData("zh-TW", "PMingLiU")]
    [InlineData("zh-CN", "SimSun")]
    [InlineData("ko", "Batang")]
    [InlineData("en", "SimSun")]
    public void DefaultsNameLatinEastAsianAndComplexScriptFonts(string language, string eastAsian)
    {
        using var document = Open(DocxTestArticles.Write(WithLanguage(language)));
        var fonts = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!
            .RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;

        Assert.Equal(("Times New Roman", "Times New Roman", eastAsian, "Times New Roman"),
            (fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.EastAsia?.Value, fonts.ComplexScript?.Value));
    }

    [Fact]
    public void PropertiesCarryStandfirstPublicationDateAndSourcesWithoutAppXml()
    {
        var article = DocxTestArticles.Small with
        {
            Subtitle = "A standfirst.",
            Metadata = DocxTestArticles.Small.Metadata with { SiteName = "River News", RepublishedFrom = "https://first.example.org/r" },
        };

        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(article, new WriterOptions { Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 6, TimeSpan.Zero) }));

        Assert.StartsWith(
            """
            title: Rivers of the Plain
            creator: Dr Ada Moss
            description: A standfirst.
            language: (none)
            created: 2025-03-03T00:00:00Z
            modified: 2026-01-02T03:04:06Z
            custom SourceUrl: https://example.org/rivers
            custom SiteName: River News
            custom RepublishedFrom: https://first.example.org/r
            app.xml: none
            """.ReplaceLineEndings("\n"),
            dump,
            StringComparison.Ordinal);
        Assert.Contains("\n[Title] Rivers of the Plain\n[Subtitle] A standfirst.\n[Byline] By Dr Ada Moss\n[Date] 3 March 2025\n", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsTurnOnHyphenationAndDefaultsWidowControl()
    {
        using var document = Open(DocxTestArticles.Write(DocxTestArticles.Small));
        var main = document.MainDocumentPart!;

        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<W.AutoHyphenation>());
        Assert.NotNull(main.StyleDefinitionsPart!.Styles!.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.WidowControl);
    }

    [Theory]
    [InlineData("Rivers of the Plain", "Rivers of the Plain")]
    [InlineData("Why the Rivers Rise: A Study of Floods on the Plain", "Why the Rivers Rise")]
    [InlineData("A: B", "A: B")]
    [InlineData("Coastal towns along the northern shelf agree to pool their flood-defence budgets for the first time", "Coastal towns along the northern shelf agree to pool their\u2026")]
    public void TheRunningHeaderShowsTheShortTitle(string title, string header)
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(DocxTestArticles.Small with { Title = title }));

        Assert.Contains($"header (default):\n[Header] {header}\n", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutATitleThereIsNoRunningHeader()
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(DocxTestArticles.Small with { Title = null }));

        Assert.DoesNotContain("header (default)", dump, StringComparison.Ordinal);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}
