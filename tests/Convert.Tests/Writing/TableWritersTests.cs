using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Core.Writing.Json;

namespace Convert.Tests.Writing;

/// <summary>Tables through the JSON, Markdown and plain-text writers, and back through the JSON reader.</summary>
public class TableWritersTests
{
    [Fact]
    public void Json_TableIsSchemaVersion2_ValidatesAndReadsBackTheSame()
    {
        var json = JsonArticleWriter.ToJson(TableArticles.With(TableArticles.Simple, TableArticles.Spanned));

        Assert.Contains("\"schemaVersion\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"table\"", json, StringComparison.Ordinal);
        Assert.Contains("\"colSpan\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"rowSpan\": 2", json, StringComparison.Ordinal);
        Assert.Empty(ArticleJsonSchema.Validate(json));

        var article = JsonArticleReader.Read(json);
        Assert.Equal(json, JsonArticleWriter.ToJson(article));
        var simple = Assert.IsType<Table>(article.Body[1]);
        Assert.Equal(("Tides at the north quay", 1), (simple.CaptionText, simple.HeaderRows));
        Assert.True(simple.Caption[1].Italic);
        Assert.True(simple.Rows[2].Cells[1].Runs[0].Bold);
        var spanned = Assert.IsType<Table>(article.Body[2]);
        Assert.Equal((2, 2), (spanned.Rows[1].Cells[0].RowSpan, spanned.Rows[1].Cells[1].ColumnSpan));
    }

    [Theory]
    [InlineData("\"headerRows\": 1", "\"headerRows\": 9", "headerRows")]
    [InlineData("\"rowSpan\": 2", "\"rowSpan\": 0", "rowSpan")]
    [InlineData("\"schemaVersion\": 2", "\"schemaVersion\": 1", "schemaVersion 2")]
    public void Json_BrokenTable_IsRejectedSayingWhere(string from, string to, string expected)
    {
        var json = JsonArticleWriter.ToJson(TableArticles.With(TableArticles.Spanned)).Replace(from, to, StringComparison.Ordinal);

        var error = Assert.Throws<JsonArticleFormatException>(() => JsonArticleReader.Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("$.body[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_SimpleTableIsAPipeTableUnderItsCaption()
    {
        var markdown = MarkdownArticleWriter.ToMarkdown(TableArticles.With(TableArticles.Simple), frontMatter: false);

        Assert.Contains(
            """
            Table: Tides at the *north quay*

            | Day | High water |
            | --- | --- |
            | Mon | 4.1 m |
            | Tue | **4.3** m |
            """.ReplaceLineEndings("\n"), markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_TableWithSpansOrBreaks_IsHtml()
    {
        var markdown = MarkdownArticleWriter.ToMarkdown(TableArticles.With(TableArticles.Spanned), frontMatter: false);

        Assert.Contains("<thead>\n<tr><th>A</th><th>B</th><th>C</th></tr>\n</thead>", markdown, StringComparison.Ordinal);
        Assert.Contains("<tr><td rowspan=\"2\">left</td><td colspan=\"2\">wide</td></tr>", markdown, StringComparison.Ordinal);
        Assert.Contains("<tr><td>one<br>two</td><td>x</td></tr>", markdown, StringComparison.Ordinal);
        Assert.Contains("<tr><td>1</td><td>2</td><td></td></tr>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_TableWithoutHeaderRow_IsHtml()
    {
        var table = TableArticles.Simple with { HeaderRows = 0, Caption = [] };

        var markdown = MarkdownArticleWriter.ToMarkdown(TableArticles.With(table), frontMatter: false);

        Assert.Contains("<table>\n<tbody>\n<tr><td>Day</td>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<thead>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_ColumnsAreAlignedAndTheHeaderUnderlined()
    {
        var text = PlainTextArticleWriter.ToText(TableArticles.With(TableArticles.Simple, TableArticles.Spanned), headerBlock: false);

        Assert.Contains(
            """
            Tides at the north quay
            Day  High water
            ---  ----------
            Mon  4.1 m
            Tue  4.3 m
            """.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
        Assert.Contains(
            """
            A     B        C
            ----  -------  -
            left  wide
                  one two  x
            1     2
            """.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
    }
}
