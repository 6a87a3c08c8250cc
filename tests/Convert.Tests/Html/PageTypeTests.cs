using System.Text;
using Convert.Core;
using Convert.Core.Html;
using Convert.Core.Html.PageTypes;
using Convert.Core.Learning;
using Convert.Core.Reading;
using Convert.Core.Validation;
using Convert.Tests.Validation;

namespace Convert.Tests.Html;

/// <summary>The page-type models as shipped, the features they read, and where the type shows.</summary>
public class PageTypeTests
{
    private const string ProductPage = """
        <!DOCTYPE html><html lang="en"><head><title>Trail Shoe X2 | Shoe Shop</title>
        <meta property="og:type" content="product"><link rel="canonical" href="https://shop.example.com/products/trail-shoe-x2">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail Shoe X2",
          "offers":{"@type":"Offer","price":"89.00","priceCurrency":"USD"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.5"}}</script>
        </head><body><nav class="breadcrumb"><a href="/">Home</a> / <a href="/shoes">Shoes</a></nav>
        <h1>Trail Shoe X2</h1><p class="price">$89.00</p><p>In stock. Free shipping on orders over $50.</p>
        <form action="/cart"><select name="size"><option>9</option></select><input name="quantity" value="1"></form><a href="/cart/add?id=x2">Add to cart</a>
        <h2>Reviews</h2><p>4.5 stars from 120 reviews.</p><p>Rated 5 stars: light and grippy on wet rock.</p>
        </body></html>
        """;

    private static readonly string ArticlePage = $"""
        <!DOCTYPE html><html lang="en"><head><title>The river that ran dry | The Chronicle</title>
        <meta property="og:type" content="article"><link rel="canonical" href="https://news.example.com/2025/06/12/the-river-that-ran-dry-this-summer">
        <script type="application/ld+json">{"{"}"@context":"https://schema.org","@type":"NewsArticle","headline":"The river that ran dry","datePublished":"2025-06-12","author":{"{"}"@type":"Person","name":"Ana Ruiz"{"}"}{"}"}</script>
        </head><body><article><h1>The river that ran dry</h1><p class="byline">By Ana Ruiz</p><time datetime="2025-06-12">June 12, 2025</time>
        {string.Concat(Enumerable.Repeat("<p>For the first time in living memory the river stopped flowing past the mill this summer, and the town that grew up beside it is asking what comes next, for farms and for the fish that spawn upstream every spring.</p>", 8))}
        </article></body></html>
        """;

    [Fact]
    public void EveryShippedModel_LoadsAndFitsTheFeatures()
    {
        PageTypeClassifier.EnsureLoaded();

        foreach (var type in PageTypeNames.All)
            Assert.Equal(PageTypeFeatures.Names, BoostedTreesModel.LoadEmbedded(PageTypeClassifier.ResourceName(type)).FeatureNames);
    }

    [Fact]
    public void AModelForOtherFeatures_IsRefused()
    {
        var model = new BoostedTreesModel("page-type-article", ["text.logLength"], 0, 0.5, []);

        var error = Assert.Throws<ModelFormatException>(() => model.RequireFeatures(PageTypeFeatures.Names));
        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Signals_ReadStructuredDataAddressAndShape()
    {
        var page = VisiblePage.Build(ProductPage);
        var facts = PageMetadataReader.Read(page, ClassMarkers.BuiltIn);

        var signals = PageSignalReader.Read(page, ClassMarkers.BuiltIn, facts);

        Assert.Equal(1, signals["ld.product"]);
        Assert.Equal(1, signals["ld.rating"]);
        Assert.Equal(0, signals["ld.article"]);
        Assert.Equal(1, signals["og.product"]);
        Assert.Equal(1, signals["url.product"]);
        Assert.Equal(2, signals["url.depth"]);
        Assert.Equal(1, signals["form.count"]);
        Assert.Equal(1, signals["breadcrumb.present"]);
        Assert.Equal(2, signals["words.price"]);
        Assert.Equal(1, signals["words.cart"]);
    }

    [Fact]
    public void Classify_AProductPage_IsAProduct()
    {
        var article = ConversionPipeline.Default.ConvertText(ProductPage, new ConversionOptions { Format = InputFormat.Html });

        Assert.Equal(PageTypeNames.Product, article.Metadata.PageType);
    }

    [Fact]
    public void Classify_ANewsStory_IsAnArticle()
    {
        var article = ConversionPipeline.Default.ConvertText(ArticlePage, new ConversionOptions { Format = InputFormat.Html });

        Assert.Equal(PageTypeNames.Article, article.Metadata.PageType);
    }

    [Fact]
    public void ScrapedText_HasNoPageType()
    {
        var article = ConversionPipeline.Default.ConvertText("A title\n\nA paragraph of scraped text that goes on for a while.", new ConversionOptions());

        Assert.Null(article.Metadata.PageType);
    }

    [Fact]
    public void Json_WritesThePageTypeForHtml_AndLeavesItOutForText()
    {
        var html = ConversionPipeline.Default.ConvertText(ArticlePage, new ConversionOptions { Format = InputFormat.Html });
        var text = ConversionPipeline.Default.ConvertText("A title\n\nA paragraph of scraped text.", new ConversionOptions());

        Assert.Contains("\"pageType\": \"article\"", Write(html), StringComparison.Ordinal);
        Assert.DoesNotContain("pageType", Write(text), StringComparison.Ordinal);
        Assert.Empty(Validate.JsonFile(Write(html)).Ids(Severity.Error));
    }

    [Fact]
    public void Validate_WarnsWhenAnHtmlInputIsConfidentlyNotAnArticle()
    {
        var product = FileValidator.Validate("a.html", Encoding.UTF8.GetBytes(ProductPage), FileKind.Html, Validate.Settings());
        var story = FileValidator.Validate("b.html", Encoding.UTF8.GetBytes(ArticlePage), FileKind.Html, Validate.Settings());

        var warning = Assert.Single(product, f => f.RuleId == ValidationRules.NotAnArticle);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("product", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(story, f => f.RuleId == ValidationRules.NotAnArticle);
    }

    private static string Write(Convert.Core.Model.Article article)
    {
        using var stream = new MemoryStream();
        new Convert.Core.Writing.JsonArticleWriter().Write(article, stream, new Convert.Core.Writing.WriterOptions());
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
