using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Core.Writing.Json;

namespace Convert.Tests.Writing;

/// <summary>Figures through the JSON, Markdown and plain-text writers, and back through the JSON reader.</summary>
public class FigureWritersTests
{
    [Fact]
    public void Json_FigureIsSchemaVersion2_WithThePathNotTheBytes_ValidatesAndReadsBackTheSame()
    {
        var json = JsonArticleWriter.ToJson(FigureArticles.With(FigureArticles.Saved(), FigureArticles.AltOnly));

        Assert.Contains("\"schemaVersion\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"figure\"", json, StringComparison.Ordinal);
        Assert.Contains("\"image\": \"page_files/estuary.png\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("iVBOR", json, StringComparison.Ordinal);
        Assert.Empty(ArticleJsonSchema.Validate(json));

        var article = JsonArticleReader.Read(json);
        Assert.Equal(json, JsonArticleWriter.ToJson(article));
        var saved = Assert.IsType<Figure>(article.Body[1]);
        Assert.Equal(("The channel at first light.", "Photo: Tamsin Lowe", "The channel at first light. Photo: Tamsin Lowe"),
            (saved.CaptionText, saved.CreditText, saved.PlainText));
        Assert.True(saved.Caption[1].Italic);
        Assert.Equal("page_files/estuary.png", saved.LocalImage?.RelativePath);
        var altOnly = Assert.IsType<Figure>(article.Body[2]);
        Assert.Equal(("A crane on a barge", "https://quay.example/crane.jpg"), (altOnly.AltText, altOnly.ImageUrl));
    }

    [Fact]
    public void Json_ReadBesideThePage_FindsTheImage_AndNeverOutsideItsFolder()
    {
        var json = JsonArticleWriter.ToJson(FigureArticles.With(FigureArticles.Saved() with { LocalImage = new LocalImage("figure-saved-page_files/estuary.png", null) }));

        var beside = Assert.IsType<Figure>(JsonArticleReader.Read(json, Fixtures.FixtureFiles.HtmlDir).Body[1]);
        Assert.Equal(FigureArticles.PngPath, beside.LocalImage?.FullPath);

        var escaping = json.Replace("figure-saved-page_files/estuary.png", "../html/figure-saved-page_files/estuary.png", StringComparison.Ordinal);
        var outside = Assert.IsType<Figure>(JsonArticleReader.Read(escaping, Path.Combine(Fixtures.FixtureFiles.HtmlDir, "figure-saved-page_files")).Body[1]);
        Assert.Null(outside.LocalImage?.FullPath);
    }

    [Fact]
    public void Json_FigureInVersion1_IsRejectedSayingWhere()
    {
        var json = JsonArticleWriter.ToJson(FigureArticles.With(FigureArticles.AltOnly)).Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1", StringComparison.Ordinal);

        var error = Assert.Throws<JsonArticleFormatException>(() => JsonArticleReader.Read(json));

        Assert.Equal("$.body[1]", error.JsonPath);
        Assert.Contains("figure needs schemaVersion 2", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ImageThenTheCaptionInItalics()
    {
        var markdown = MarkdownArticleWriter.ToMarkdown(FigureArticles.With(FigureArticles.Saved(), FigureArticles.AltOnly), frontMatter: false);

        Assert.Contains("![Pale sky over dark water](page_files/estuary.png)\\\n*The channel at *first light*. Photo: Tamsin Lowe*", markdown, StringComparison.Ordinal);
        Assert.Contains("![A crane on a barge](https://quay.example/crane.jpg)\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_TheCaptionLine_AndTheAltTextOnlyWhenThereIsNoCaption()
    {
        var text = PlainTextArticleWriter.ToText(FigureArticles.With(FigureArticles.Saved(), FigureArticles.AltOnly), headerBlock: false);

        Assert.Contains("\n\nThe channel at first light. Photo: Tamsin Lowe\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\n[Image: A crane on a barge]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[Image: Pale sky", text, StringComparison.Ordinal);
    }
}
