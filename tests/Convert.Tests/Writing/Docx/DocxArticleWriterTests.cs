using Convert.Core.Model;
using Convert.Core.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Tests.Writing.Docx;

public class DocxArticleWriterTests
{
    public static TheoryData<string> ArticleNames => ["Small", "Full", "NonLatin", "Empty", "BodyOnly"];

    [Theory]
    [MemberData(nameof(ArticleNames))]
    public void WhenAnyArticleIsWrittenThenValidatorFindsNoErrors(string name)
    {
        using var document = Open(DocxTestArticles.Write(ArticleNamed(name)));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void WhenSmallArticleIsWrittenThenDumpShowsEveryPartInOrder()
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(DocxTestArticles.Small));

        Assert.Equal(
            """
            title: Rivers of the Plain
            creator: Dr Ada Moss
            description: (none)
            language: (none)
            created: 2025-03-03T00:00:00Z
            modified: 2000-01-01T00:00:00Z
            custom SourceUrl: https://example.org/rivers
            app.xml: none
            page: 210.0 x 297.0 mm (A4), margins top 25.0, right 45.0, bottom 25.0, left 45.0 mm
            hyphenation: automatic
            body:
            [Title] Rivers of the Plain
            [Byline] By Dr Ada Moss
            [Date] 3 March 2025
            [FirstParagraph] Water moves {Emphasis: slowly} across the {Strong: flat} land.
            [BodyText] A second paragraph.
            [AuthorsHeading] About the author
            [AuthorName] Dr Ada Moss
            [AuthorRole] Hydrologist
            [AuthorBio] Ada studies floods.
            [AuthorBio] She lives by a river.
            [SourceNote] Source: [{Hyperlink: https://example.org/rivers}](https://example.org/rivers)
            header (default):
            [Header] Rivers of the Plain
            footer (default):
            [Footer] Page {PAGE} of {NUMPAGES}
            footer (first):
            [Footer] Page {PAGE} of {NUMPAGES}

            """.ReplaceLineEndings("\n"),
            dump);
    }

    [Fact]
    public void WhenFullArticleIsWrittenThenDumpShowsHeadingsListsQuotesLinksAndAuthors()
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(DocxTestArticles.Full));

        Assert.Equal(
            """
            title: A Full Example
            creator: Dr Ada Moss; Ben Ray; Cy Lowe
            description: (none)
            language: en-GB
            created: 2024-12-01T00:00:00Z
            modified: 2000-01-01T00:00:00Z
            custom SourceUrl: https://news.example.org/full
            custom RepublishedFrom: https://first.example.org/original
            app.xml: none
            page: 210.0 x 297.0 mm (A4), margins top 25.0, right 45.0, bottom 25.0, left 45.0 mm
            hyphenation: automatic
            body:
            [Title] A Full Example
            [Byline] By Dr Ada Moss, Ben Ray and Cy Lowe
            [Date] 1 December 2024
            [Heading1] Starting deep
            [FirstParagraph] See [{Hyperlink: the map}](https://maps.example.org/a?x=1&y=2)[^1] and {StrongEmphasis: both}
            [Heading2] Deeper
            [ListParagraph] (list 1, bullet, level 0) apples
            [ListParagraph] (list 1, bullet, level 0) pears
            [ListParagraph] (list 2, decimal, level 0) one
            [ListParagraph] (list 2, decimal, level 0) two
            [Quote] To be quoted.
            [ListParagraph] (list 3, decimal, level 0) again one
            [Heading1] Back up
            [FirstParagraph] [{HyperlinkStrong: bold link}](https://news.example.org/relative/page)[^2]
            [AuthorsHeading] About the authors
            [AuthorName] Dr Ada Moss
            [AuthorRole] Hydrologist
            [AuthorBio] Ada studies floods.
            [AuthorName] Ben Ray
            [AuthorBio] Ben writes.
            [SourceNote] First published at [{Hyperlink: https://first.example.org/original}](https://first.example.org/original)
            [SourceNote] Source: [{Hyperlink: https://news.example.org/full}](https://news.example.org/full)
            footnotes:
            1: [FootnoteText] [^] https://maps.example.org/a?x=1&y=2
            2: [FootnoteText] [^] https://news.example.org/relative/page
            header (default):
            [Header] A Full Example
            footer (default):
            [Footer] Page {PAGE} of {NUMPAGES}
            footer (first):
            [Footer] Page {PAGE} of {NUMPAGES}

            """.ReplaceLineEndings("\n"),
            dump);
    }

    [Fact]
    public void WhenSameArticleIsWrittenTwiceThenBytesAreEqual()
    {
        var first = DocxTestArticles.Write(DocxTestArticles.Full);
        var second = DocxTestArticles.Write(DocxTestArticles.Full);

        Assert.Equal(first, second);
    }

    [Fact]
    public void WhenTimestampIsGivenThenCorePropertiesAndZipEntriesCarryIt()
    {
        // Even seconds: zip entry times have a two-second resolution.
        var stamp = new DateTimeOffset(2024, 5, 6, 7, 8, 10, TimeSpan.Zero);
        var bytes = DocxTestArticles.Write(DocxTestArticles.Small, new WriterOptions { Timestamp = stamp });

        using (var document = Open(bytes))
        {
            // Created is the publication date, which the article knows; modified is the package time.
            Assert.Equal(new DateTime(2025, 3, 3, 0, 0, 0, DateTimeKind.Utc), document.PackageProperties.Created);
            Assert.Equal(stamp.UtcDateTime, document.PackageProperties.Modified);
            Assert.Equal("Rivers of the Plain", document.PackageProperties.Title);
            Assert.Equal("Dr Ada Moss", document.PackageProperties.Creator);
            Assert.Null(document.PackageProperties.Language);
        }

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        Assert.All(zip.Entries, e => Assert.Equal(stamp.DateTime, e.LastWriteTime.DateTime));
    }

    [Fact]
    public void WhenOutputIsNotSeekableThenSameBytesAreWritten()
    {
        var expected = DocxTestArticles.Write(DocxTestArticles.Small);
        using var sink = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(sink);

        new DocxArticleWriter().Write(DocxTestArticles.Small, forwardOnly, WriterOptions.Default);

        Assert.Equal(expected, sink.ToArray());
    }

    [Theory]
    [MemberData(nameof(ArticleNames))]
    public void WhenAnyArticleIsWrittenThenEveryUsedStyleIsDefinedWithItsType(string name)
    {
        using var document = Open(DocxTestArticles.Write(ArticleNamed(name)));
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!, s => s.Type!.Value);
        OpenXmlElement[] roots = [main.Document!, .. main.FooterParts.Select(f => f.Footer!)];

        var paragraphStyles = roots.SelectMany(r => r.Descendants<W.ParagraphStyleId>()).Select(s => s.Val!.Value!).Distinct().ToList();
        var characterStyles = roots.SelectMany(r => r.Descendants<W.RunStyle>()).Select(s => s.Val!.Value!).Distinct().ToList();

        Assert.NotEmpty(paragraphStyles);
        Assert.All(paragraphStyles, id => Assert.Equal(W.StyleValues.Paragraph, styles.GetValueOrDefault(id)));
        Assert.All(characterStyles, id => Assert.Equal(W.StyleValues.Character, styles.GetValueOrDefault(id)));
    }

    [Fact]
    public void WhenLinksRepeatOrCannotWorkThenRelationshipsAreExternalDistinctAndResolved()
    {
        var article = new Article
        {
            Body =
            [
                new Paragraph(
                [
                    new Run("a", LinkUrl: "https://example.org/x"),
                    new Run("b", LinkUrl: "https://example.org/x"),
                    new Run("c", LinkUrl: "../up"),
                    new Run("d", LinkUrl: "#fragment"),
                    new Run("e", LinkUrl: "javascript:void(0)"),
                    new Run("f", LinkUrl: "mailto:desk@example.org"),
                ], SourceSpan.None),
            ],
            Metadata = new ArticleMetadata { SourceUrl = "https://example.org/news/story" },
        };

        using var document = Open(DocxTestArticles.Write(article));
        var main = document.MainDocumentPart!;
        var relationships = main.HyperlinkRelationships.Select(r => (r.Id, r.IsExternal, r.Uri.OriginalString)).ToList();
        var linkIds = main.Document!.Descendants<W.Hyperlink>().Select(h => h.Id!.Value).ToList();

        Assert.Equal(
            [
                ("rIdLink1", true, "https://example.org/x"),
                ("rIdLink2", true, "https://example.org/up"),
                ("rIdLink3", true, "mailto:desk@example.org"),
                ("rIdLink4", true, "https://example.org/news/story"),
            ],
            relationships);
        Assert.Equal(["rIdLink1", "rIdLink1", "rIdLink2", "rIdLink3", "rIdLink4"], linkIds);
    }

    [Fact]
    public void WhenOrderedListsFollowEachOtherThenEachRestartsAtOne()
    {
        using var document = Open(DocxTestArticles.Write(DocxTestArticles.Full));
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;

        var instances = numbering.Elements<W.NumberingInstance>()
            .Select(n => (n.NumberID!.Value, n.AbstractNumId!.Val!.Value,
                Restart: n.Elements<W.LevelOverride>().SingleOrDefault()?.StartOverrideNumberingValue?.Val?.Value))
            .ToList();
        var formats = numbering.Elements<W.AbstractNum>()
            .Select(a => a.Elements<W.Level>().First().NumberingFormat!.Val!.InnerText)
            .ToList();

        Assert.Equal([(1, 0, (int?)null), (2, 1, 1), (3, 1, 1)], instances);
        Assert.Equal(["bullet", "decimal"], formats);
    }

    [Fact]
    public void WhenBodyHasNoListsThenNoNumberingPartIsWritten()
    {
        using var document = Open(DocxTestArticles.Write(DocxTestArticles.Small));

        Assert.Null(document.MainDocumentPart!.NumberingDefinitionsPart);
    }

    [Fact]
    public void WhenArticleIsEmptyThenDocumentHasOneEmptyBodyParagraphAndNoProperties()
    {
        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(new Article()));

        Assert.Equal(
            """
            title: (none)
            creator: (none)
            description: (none)
            language: (none)
            created: 2000-01-01T00:00:00Z
            modified: 2000-01-01T00:00:00Z
            app.xml: none
            page: 210.0 x 297.0 mm (A4), margins top 25.0, right 45.0, bottom 25.0, left 45.0 mm
            hyphenation: automatic
            body:
            [BodyText]
            footer (default):
            [Footer] Page {PAGE} of {NUMPAGES}
            footer (first):
            [Footer] Page {PAGE} of {NUMPAGES}

            """.ReplaceLineEndings("\n"),
            dump);
    }

    [Fact]
    public void WhenLanguageIsRightToLeftThenDefaultsCarryItInTheBidiSlot()
    {
        var article = new Article { Metadata = new ArticleMetadata { Language = "ar_EG" } };

        using var document = Open(DocxTestArticles.Write(article));
        var languages = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!
            .RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;

        Assert.Equal(("ar-EG", null, "ar-EG"), (languages.Val?.Value, languages.EastAsia?.Value, languages.Bidi?.Value));
    }

    [Fact]
    public void WhenTextHasBreaksTabsAndControlCharactersThenRunsCarryBreaksAndDropTheRest()
    {
        var article = new Article { Body = [new Paragraph("one\ntwo\tthree\u0001 four ", SourceSpan.None)] };

        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(article));

        Assert.Contains("[FirstParagraph] one<br>two<tab>three four \n", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenAuthorsHaveNoRoleOrBioThenTheyAppearOnlyInTheByline()
    {
        var article = new Article { Authors = [new Author("Ann Lee"), new Author("Bo Kim", "Mr", null, [" "], [])] };

        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(article));

        Assert.Contains("\n[Byline] By Ann Lee and Mr Bo Kim\n", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("Author", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenAuthorHasOnlyARoleThenSectionShowsNameAndRole()
    {
        var article = new Article { Authors = [new Author("Ann Lee", null, "Editor", [], [])] };

        var dump = DocxTestArticles.Dump(DocxTestArticles.Write(article));

        Assert.EndsWith(
            "[Byline] By Ann Lee\n[AuthorsHeading] About the author\n[AuthorName] Ann Lee\n[AuthorRole] Editor\nfooter (default):\n[Footer] Page {PAGE} of {NUMPAGES}\nfooter (first):\n[Footer] Page {PAGE} of {NUMPAGES}\n",
            dump,
            StringComparison.Ordinal);
    }

    [Fact]
    public void WhenListIsEmptyThenNothingIsNumbered()
    {
        var article = new Article { Body = [new ListBlock(true, [], SourceSpan.None)] };

        using var document = Open(DocxTestArticles.Write(article));

        Assert.Null(document.MainDocumentPart!.NumberingDefinitionsPart);
    }

    private static Article ArticleNamed(string name) => name switch
    {
        "Small" => DocxTestArticles.Small,
        "Full" => DocxTestArticles.Full,
        "NonLatin" => DocxTestArticles.NonLatin,
        "Empty" => new Article(),
        "BodyOnly" => new Article { Body = [new Quote("Only a quote.", SourceSpan.None), new ListBlock(true, [new ListItem("x")], SourceSpan.None)] },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    /// <summary>A stream that can only be written forwards, like stdout.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
