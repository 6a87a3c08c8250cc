using Convert.Core;
using Convert.Core.Html;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Tests.Html;

/// <summary>
/// The HTML reader keeps figures: the caption and its credit apart, the image's alt text and address, no stray
/// placeholder paragraph; and the block scorer still sees a caption as the paragraph it was trained on.
/// </summary>
public class HtmlFigureTests
{
    private const string Prose =
        "<p>The harbour trust restored the old dockside crane over three summers, paid for by a collection at the ferry kiosk and by the town council's heritage fund.</p>" +
        "<p>The crane will lift again for demonstrations on the first Sunday of each month, weather permitting, and its cab will be open to visitors from June.</p>";

    private static Article Read(string figure, string? folder = null) =>
        ConversionPipeline.Default.ConvertText(
            HtmlRead.Page($"<main><article><h1>The crane</h1>{Prose}{figure}{Prose}</article></main>",
                "<link rel=\"canonical\" href=\"https://quay.example/news/crane\">"),
            new ConversionOptions { SourcePath = "page.html", Format = InputFormat.Html, InputFolder = folder });

    private static Figure SingleFigure(Article article) => Assert.Single(article.Body.OfType<Figure>());

    [Fact]
    public void FigureWithCaptionAndCreditElement_KeepsThemApart_WithAltAndAbsoluteAddress()
    {
        var figure = SingleFigure(Read("""
            <figure><img src="/media/crane.jpg" alt="The crane on a barge">
            <figcaption>The crane on its <em>barge</em>. <span class="image-credit">Photo: Ines Marlow/Archive</span></figcaption></figure>
            """));

        Assert.Equal("The crane on its barge.", figure.CaptionText);
        Assert.Contains(figure.Caption, r => r.Italic && r.Text == "barge");
        Assert.Equal("Photo: Ines Marlow/Archive", figure.CreditText);
        Assert.Equal("The crane on a barge", figure.AltText);
        Assert.Equal("https://quay.example/media/crane.jpg", figure.ImageUrl);
        Assert.Null(figure.LocalImage);
    }

    [Theory]
    [InlineData("The motor dates from 1963. (Photo: Jane Doe)", "The motor dates from 1963.", "(Photo: Jane Doe)")]
    [InlineData("Der Motor stammt aus dem Jahr 1963. (Bild: Hersteller)", "Der Motor stammt aus dem Jahr 1963.", "(Bild: Hersteller)")]
    [InlineData("Der Motor läuft noch. Foto: Max Muster/dpa", "Der Motor läuft noch.", "Foto: Max Muster/dpa")]
    [InlineData("The motor, still running. Image: Harbour Trust", "The motor, still running.", "Image: Harbour Trust")]
    [InlineData("The motor, still running Credit: Harbour Trust", "The motor, still running", "Credit: Harbour Trust")]
    [InlineData("The motor, still running. © Harbour Trust 2026", "The motor, still running.", "© Harbour Trust 2026")]
    [InlineData("The motor, pictured in 1963 with its first crew.", "The motor, pictured in 1963 with its first crew.", "")]
    public void TrailingCreditInTheCaption_IsTheCredit(string figcaption, string caption, string credit)
    {
        var figure = SingleFigure(Read($"<figure><img src=\"/m.jpg\" alt=\"motor\"><figcaption>{figcaption}</figcaption></figure>"));

        Assert.Equal((caption, credit), (figure.CaptionText, figure.CreditText));
    }

    [Fact]
    public void CaptionThatIsOnlyACredit_IsTakenByTheImageCreditRule_AsAStrayCreditLineWas()
    {
        var article = Read("<figure><img src=\"/m.jpg\" alt=\"motor\"><figcaption>Photo: Jane Doe/Agency</figcaption></figure>");

        Assert.Empty(article.Body.OfType<Figure>());
        Assert.Contains(article.Removals, r => r.RuleId == "image-credit" && r.Text == "Photo: Jane Doe/Agency");
    }

    [Fact]
    public void CiteInTheCaption_IsTheCredit()
    {
        var figure = SingleFigure(Read("<figure><img src=\"/t.jpg\" alt=\"\"><figcaption>High water. <cite>Rowan Pike</cite></figcaption></figure>"));

        Assert.Equal(("High water.", "Rowan Pike"), (figure.CaptionText, figure.CreditText));
        Assert.Null(figure.AltText);
    }

    [Fact]
    public void PlaceholderCaption_LeavesNoStrayParagraph()
    {
        var article = Read("<figure class=\"wp-block-image\"><img src=\"/p.png\" alt=\"\"><figcaption>Image</figcaption></figure>");

        Assert.Empty(article.Body.OfType<Figure>());
        Assert.DoesNotContain(article.Body, b => b.PlainText.Trim() == "Image");
        Assert.Contains(article.Removals, r => r.RuleId == "html-image");
    }

    [Fact]
    public void LoneCaptionedImage_WordPressShape_IsAFigure()
    {
        var figure = SingleFigure(Read("""
            <div class="wp-caption"><a href="/rails-large.jpg"><img src="/rails.jpg" alt="New rails"></a>
            <p class="wp-caption-text">The rails were relaid in the spring.</p></div>
            """));

        Assert.Equal("The rails were relaid in the spring.", figure.CaptionText);
        Assert.Equal("New rails", figure.AltText);
    }

    [Fact]
    public void KeptFigure_IsNotListedAsARemovedImage()
    {
        var article = Read("<figure><img src=\"/c.jpg\" alt=\"The crane\"><figcaption>The crane at dawn.</figcaption></figure>");

        Assert.Single(article.Body.OfType<Figure>());
        Assert.DoesNotContain(article.Removals, r => r.RuleId == "html-image");
    }

    [Fact]
    public void FigureWithoutAnImage_PullQuote_StaysAQuote()
    {
        var article = Read("<figure class=\"pullquote\"><blockquote><p>The cab still smells of the same oil.</p></blockquote><figcaption>The engineer</figcaption></figure>");

        Assert.Empty(article.Body.OfType<Figure>());
        Assert.Contains(article.Body, b => b is Quote q && q.PlainText.Contains("same oil", StringComparison.Ordinal));
    }

    [Fact]
    public void GalleryOfSeveralImages_IsNotOneFigure()
    {
        var article = Read("<figure><img src=\"/a.jpg\" alt=\"a\"><img src=\"/b.jpg\" alt=\"b\"><figcaption>Two views of the quay from the sea wall.</figcaption></figure>");

        Assert.Empty(article.Body.OfType<Figure>());
    }

    [Fact]
    public void TheBlockBuilder_StillGivesTheCaptionAsAParagraph_SoTheScorerSeesWhatItWasTrainedOn()
    {
        var page = PageBuilder.Build("<figure><img src=\"/c.jpg\" alt=\"x\"><figcaption>The crane at dawn. Photo: Jane Doe</figcaption></figure>");
        var blocks = new HtmlBlockBuilder(new LinkResolver("https://quay.example/")).Build(page.Body.Children);

        var block = Assert.Single(blocks);
        Assert.IsType<Paragraph>(block.Block);
        Assert.Equal("figcaption", block.Source.Tag);
    }

    [Fact]
    public void SavedPageComplete_ImageInItsFilesFolder_IsTheLocalImage_WithNoAddress()
    {
        using var folder = new TempFolder();
        folder.Write("page_files/crane.png", [0x89, 0x50, 0x4E, 0x47]);

        var figure = SingleFigure(Read("<figure><img src=\"./page_files/crane.png?v=2\" alt=\"c\"><figcaption>The crane at dawn.</figcaption></figure>", folder.Path));

        Assert.Equal("page_files/crane.png", figure.LocalImage?.RelativePath);
        Assert.Equal(System.IO.Path.Combine(folder.Path, "page_files", "crane.png"), figure.LocalImage?.FullPath);
        Assert.Null(figure.ImageUrl);
    }

    [Theory]
    [InlineData("../outside.png")]
    [InlineData("page_files/../../outside.png")]
    [InlineData("https://quay.example/page_files/crane.png")]
    [InlineData("file:///etc/hostname")]
    [InlineData("page_files/missing.png")]
    public void ImageOutsideThePageFolder_OrAnAddress_OrMissing_IsNeverRead(string src)
    {
        using var folder = new TempFolder();
        folder.Write("inner/page_files/crane.png", [1]);
        folder.Write("outside.png", [1]);

        var figure = SingleFigure(Read($"<figure><img src=\"{src}\" alt=\"c\"><figcaption>The crane at dawn.</figcaption></figure>",
            System.IO.Path.Combine(folder.Path, "inner")));

        Assert.Null(figure.LocalImage);
    }

    [Fact]
    public void LinkInsideThePageFolder_PointingOut_IsNotFollowed()
    {
        using var folder = new TempFolder();
        folder.Write("secret.png", [1]);
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "page", "page_files"));
        File.CreateSymbolicLink(System.IO.Path.Combine(folder.Path, "page", "page_files", "crane.png"), System.IO.Path.Combine(folder.Path, "secret.png"));
        Directory.CreateSymbolicLink(System.IO.Path.Combine(folder.Path, "page", "linked"), folder.Path);

        Assert.Null(LocalImages.Find("page_files/crane.png", System.IO.Path.Combine(folder.Path, "page")));
        Assert.Null(LocalImages.Find("linked/secret.png", System.IO.Path.Combine(folder.Path, "page")));
    }

    /// <summary>A folder under the temp directory, deleted with its files.</summary>
    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("declutter-figure-").FullName;

        public void Write(string relative, byte[] bytes)
        {
            var full = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
