using System.Text;
using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Tests.Writing;

public class MarkdownArticleWriterTests
{
    [Fact]
    public void FullArticleIsWrittenAsExpected()
    {
        const string expected = """
            ---
            title: "The “Quiet” Street — A Study"
            subtitle: "How a city learned to hear itself again"
            author:
              - "Dr Ana Ruiz"
              - "Tom Bell"
            date: "2024-05-06"
            lang: "en"
            url: "https://news.example.org/quiet-street"
            site: "Example News"
            tags:
              - "cities"
              - "noise"
            republished-from: "https://journal.example.com/street"
            ---

            # The “Quiet” Street — A Study

            **How a city learned to hear itself again**

            *By Dr Ana Ruiz and Tom Bell — 6 May 2024*

            Streets are **loud**, said [the survey](https://survey.example.org/q).

            ## What we measured

            - Traffic
            - *Birds*

            1. Morning
            2. Night

            > Silence is rare.

            Closing words.

            A sign read\
            Rue calme in two lines.

            *First published at <https://journal.example.com/street>*

            ## About the author

            **Dr Ana Ruiz**

            *Senior Fellow*

            Ana studies sound.

            She lives in Quito.

            [@anaruiz](https://x.com/anaruiz) · [ana@example.org](mailto:ana@example.org)

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), MarkdownArticleWriter.ToMarkdown(SampleArticles.Full));
    }

    [Fact]
    public void EmptyArticleWritesNothing()
    {
        using var output = new MemoryStream();

        new MarkdownArticleWriter().Write(SampleArticles.Empty, output, WriterOptions.Default);

        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void WithoutBylineTheAuthorsAndDateFormTheByline()
    {
        var article = new Article
        {
            Metadata = new ArticleMetadata { Published = "2023-01-02" },
            Authors = [new Author("A One"), new Author("B Two", "Prof", null, [], []), new Author("C Three")],
        };

        Assert.Equal("*By A One, Prof B Two and C Three — 2 January 2023*\n", MarkdownArticleWriter.ToMarkdown(article, frontMatter: false));
    }

    [Fact]
    public void TwoIntroducedAuthorsGetThePluralHeading()
    {
        var article = new Article { Authors = [new Author("A", null, "Editor", [], []), new Author("B", null, null, ["Writes."], [])] };

        Assert.Equal("*By A and B*\n\n## About the authors\n\n**A**\n\n*Editor*\n\n**B**\n\nWrites.\n", MarkdownArticleWriter.ToMarkdown(article, frontMatter: false));
    }

    [Theory]
    [InlineData("1. Not a list", "1\\. Not a list")]
    [InlineData("2024) was a year", "2024\\) was a year")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not an item", "\\- not an item")]
    [InlineData("+ plus", "\\+ plus")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("    not code", "not code")]
    [InlineData("a *star* and _under_ [box] `tick` <tag> a|b back\\slash", "a \\*star\\* and \\_under\\_ \\[box\\] \\`tick\\` \\<tag\\> a\\|b back\\\\slash")]
    [InlineData("Fish &amp; chips & peas", "Fish \\&amp; chips & peas")]
    [InlineData("line one\n1. line two", "line one\\\n1\\. line two")]
    [InlineData("Version 2.0 is #1", "Version 2.0 is #1")]
    public void ParagraphTextIsEscaped(string text, string expected)
    {
        var article = new Article { Body = [new Paragraph(text, SourceSpan.None)] };

        Assert.Equal(expected + "\n", MarkdownArticleWriter.ToMarkdown(article, frontMatter: false));
    }

    [Fact]
    public void HeadingLevelsMoveDownOneAndStopAtThree()
    {
        var article = new Article
        {
            Body = [new Heading(1, "One", SourceSpan.None), new Heading(2, "Two", SourceSpan.None), new Heading(3, "Learning C#", SourceSpan.None)],
        };

        Assert.Equal("## One\n\n### Two\n\n### Learning C\\#\n", MarkdownArticleWriter.ToMarkdown(article, frontMatter: false));
    }

    [Fact]
    public void EmphasisHugsTheTextAndCombines()
    {
        var article = new Article
        {
            Body = [new Paragraph([new Run("both ", Bold: true, Italic: true), new Run("link (x)", LinkUrl: "https://a.example/p (1)")], SourceSpan.None)],
        };

        Assert.Equal("***both*** [link (x)](https://a.example/p%20%281%29)\n", MarkdownArticleWriter.ToMarkdown(article, frontMatter: false));
    }

    [Fact]
    public void MultiLineQuoteAndListItemStayInsideTheirBlock()
    {
        var article = new Article
        {
            Body =
            [
                new Quote("first\r\nsecond", SourceSpan.None),
                new ListBlock(true, [new ListItem("top\n- inner")], SourceSpan.None),
            ],
        };

        Assert.Equal("> first\\\n> second\n\n1. top\\\n   \\- inner\n", MarkdownArticleWriter.ToMarkdown(article, frontMatter: false));
    }

    [Fact]
    public void OutputIsDeterministicUtf8WithoutBom()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        new MarkdownArticleWriter().Write(SampleArticles.Full, first, WriterOptions.Default);
        new MarkdownArticleWriter().Write(SampleArticles.Full, second, WriterOptions.Default);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal((byte)'-', first.ToArray()[0]); // the front matter's "---", not a BOM
        Assert.Equal(MarkdownArticleWriter.ToMarkdown(SampleArticles.Full), Encoding.UTF8.GetString(first.ToArray()));
    }
}
