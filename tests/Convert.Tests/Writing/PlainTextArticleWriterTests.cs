using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Tests.Writing;

public class PlainTextArticleWriterTests
{
    [Fact]
    public void FullArticleIsWrittenAsExpected()
    {
        const string expected = """
            Title: The “Quiet” Street — A Study
            Subtitle: How a city learned to hear itself again
            Authors: Dr Ana Ruiz; Tom Bell
            Date: 2024-05-06
            Language: en
            URL: https://news.example.org/quiet-street
            Site: Example News
            Tags: cities, noise
            Republished from: https://journal.example.com/street

            The “Quiet” Street — A Study

            How a city learned to hear itself again

            By Dr Ana Ruiz and Tom Bell — 6 May 2024

            Streets are loud, said the survey.

            What we measured

            - Traffic
            - Birds

            1. Morning
            2. Night

            > Silence is rare.

            Closing words.

            A sign read
            Rue calme in two lines.

            First published at https://journal.example.com/street

            About the author

            Dr Ana Ruiz
            Senior Fellow

            Ana studies sound.

            She lives in Quito.

            @anaruiz: https://x.com/anaruiz
            ana@example.org: mailto:ana@example.org

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), PlainTextArticleWriter.ToText(SampleArticles.Full));
    }

    [Fact]
    public void EmptyArticleWritesNothing()
    {
        using var output = new MemoryStream();

        new PlainTextArticleWriter().Write(SampleArticles.Empty, output, WriterOptions.Default);

        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void MarkdownCharactersAreLeftAlone()
    {
        var article = new Article { Title = "# Title *as is*", Body = [new Paragraph("1. [x] a_b", SourceSpan.None)] };

        Assert.Equal("# Title *as is*\n\n1. [x] a_b\n", PlainTextArticleWriter.ToText(article, headerBlock: false));
    }

    [Fact]
    public void CarriageReturnsBecomeLineFeedsAndBlankBlocksVanish()
    {
        var article = new Article
        {
            Title = "T",
            Body = [new Paragraph("a\r\nb\rc", SourceSpan.None), new Paragraph("   ", SourceSpan.None), new Quote("q1\nq2", SourceSpan.None)],
        };

        Assert.Equal("T\n\na\nb\nc\n\n> q1\n> q2\n", PlainTextArticleWriter.ToText(article, headerBlock: false));
    }

    [Fact]
    public void AuthorWithRoleOnlyIsIntroducedAndNameOnlyAuthorIsNot()
    {
        var article = new Article
        {
            Metadata = new ArticleMetadata { Byline = "  By the desk  " },
            Authors = [new Author("Kim Lee", "Ms", "Reporter", [], []), new Author("Sam Roe")],
        };

        Assert.Equal("By Ms Kim Lee and Sam Roe\n\nAbout the author\n\nMs Kim Lee\nReporter\n", PlainTextArticleWriter.ToText(article, headerBlock: false));
    }
}
