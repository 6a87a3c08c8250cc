using Convert.Core;
using static Convert.Tests.Cleaning.CleaningTestText;

namespace Convert.Tests.Cleaning;

/// <summary>Recipe-card chrome, affiliate disclosures, credits, timestamps and newsletter prompts, in the languages the rules cover.</summary>
public class RecipeAndSmallShapeRulesTests
{
    [Theory]
    [InlineData("Jump to Recipe", "recipe-buttons")]
    [InlineData("Jump to Recipe Print Recipe", "recipe-buttons")]
    [InlineData("Print Recipe | Pin Recipe", "recipe-buttons")]
    [InlineData("Rate this recipe", "recipe-buttons")]
    [InlineData("Zum Rezept springen", "recipe-buttons")]
    [InlineData("Imprimer la recette", "recipe-buttons")]
    [InlineData("Saltar a la receta", "recipe-buttons")]
    [InlineData("Stampa ricetta", "recipe-buttons")]
    [InlineData("Pular para a receita", "recipe-buttons")]
    [InlineData("Recept afdrukken", "recipe-buttons")]
    [InlineData("★★★★★", "rating-widget")]
    [InlineData("★★★★☆ (4.5)", "rating-widget")]
    [InlineData("4.8 from 23 votes", "rating-widget")]
    [InlineData("4,7 von 5 Sternen", "rating-widget")]
    [InlineData("5 stars", "rating-widget")]
    [InlineData("No ratings yet", "rating-widget")]
    [InlineData("Click on a star to rate it!", "rating-widget")]
    [InlineData("Made this recipe? Tag us on Instagram @kitchen!", "recipe-made-this")]
    [InlineData("Hast du das Rezept ausprobiert? Dann markiere uns auf Instagram!", "recipe-made-this")]
    [InlineData("Vous avez testé cette recette ? Laissez une note !", "recipe-made-this")]
    [InlineData("¿Has hecho esta receta? Etiquétanos en Instagram.", "recipe-made-this")]
    [InlineData("This post may contain affiliate links. Please read our disclosure policy.", "affiliate-disclosure")]
    [InlineData("Disclosure: As an Amazon Associate I earn from qualifying purchases.", "affiliate-disclosure")]
    [InlineData("Dieser Beitrag enthält Affiliate-Links.", "affiliate-disclosure")]
    [InlineData("Cet article contient des liens affiliés.", "affiliate-disclosure")]
    [InlineData("Este artículo contiene enlaces de afiliados.", "affiliate-disclosure")]
    [InlineData("Dit artikel bevat affiliate links.", "affiliate-disclosure")]
    [InlineData("When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.", "affiliate-disclosure")]
    [InlineData("If you buy something through our links, we may earn money from our affiliate partners.", "affiliate-disclosure")]
    [InlineData("We may earn money when you click our links.", "affiliate-disclosure")]
    [InlineData("Products are chosen independently by our editors. Purchases made through our links may earn us a commission.", "affiliate-disclosure")]
    [InlineData("Disclosure: Example Courses is learner-supported. When you buy through links on our site, we may earn an affiliate commission.", "affiliate-disclosure")]
    [InlineData("This website uses affiliate links, which means we may receive a small commission.", "affiliate-disclosure")]
    [InlineData("We earn a commission for products purchased through some links in this article.", "affiliate-disclosure")]
    [InlineData("Disclosure: As an affiliate marketer, I earn from qualifying purchases.", "affiliate-disclosure")]
    [InlineData("Updated 3 hours ago", "relative-time")]
    [InlineData("Published yesterday", "relative-time")]
    [InlineData("5 min ago", "relative-time")]
    [InlineData("Aktualisiert vor 2 Stunden", "relative-time")]
    [InlineData("Mis à jour il y a 3 heures", "relative-time")]
    [InlineData("Actualizado hace 2 horas", "relative-time")]
    [InlineData("Aggiornato 3 ore fa", "relative-time")]
    [InlineData("Atualizado há 2 horas", "relative-time")]
    [InlineData("Bijgewerkt 3 uur geleden", "relative-time")]
    [InlineData("(Photo: Reuters)", "image-credit")]
    [InlineData("Image credit: Harbour Museum via Wikimedia Commons", "image-credit")]
    [InlineData("Featured image: Jane Roe/Unsplash", "image-credit")]
    [InlineData("Foto: dpa", "image-credit")]
    [InlineData("(Foto: picture alliance/dpa)", "image-credit")]
    [InlineData("Photo courtesy of the Harbour Museum", "image-credit")]
    [InlineData("Want more stories like this? Sign up for our free newsletter.", "newsletter-prompt")]
    [InlineData("Jetzt Newsletter abonnieren", "newsletter-prompt")]
    [InlineData("Inscrivez-vous à notre newsletter", "newsletter-prompt")]
    [InlineData("Suscríbete a nuestro boletín", "newsletter-prompt")]
    [InlineData("Schrijf je in voor onze nieuwsbrief", "newsletter-prompt")]
    public void ChromeBetweenParagraphsIsRemoved(string line, string ruleId)
    {
        var cleaned = Clean(Body1, line, Body2, Body3);
        Assert.Equal([Body1, Body2, Body3], cleaned.Kept());
        Assert.Equal([$"{ruleId}: {line}"], cleaned.Removed());
    }

    [Theory]
    [InlineData("Posted in Local News", "posted-in")]
    [InlineData("Veröffentlicht in Wissenschaft, Umwelt", "posted-in")]
    [InlineData("Publié dans Vie locale", "posted-in")]
    [InlineData("Filed under: Museums, Painting", "tags-line")]
    [InlineData("Kategorien: Politik, Stadt", "tags-line")]
    [InlineData("Catégories : Politique", "tags-line")]
    [InlineData("Etiquetas: puente, Vilanova", "tags-line")]
    public void CategoryLinesUnderTheHeadlineOrAfterTheBodyAreRemoved(string line, string ruleId)
    {
        Assert.Equal([$"{ruleId}: {line}"], Clean(Title, line, Body1, Body2).Removed());
        Assert.Equal([$"{ruleId}: {line}"], Clean(Body1, Body2, line).Removed());
    }

    [Theory]
    [InlineData("Updated guidance was published yesterday by the ministry of transport.")]
    [InlineData("Print the recipe card and keep it by the stove.")]
    [InlineData("The stars were out: ★ and ☆ marked the best and worst seats in the old theatre guide.")]
    [InlineData("Photo of the old harbour, taken by a local fisherman in 1931.")]
    [InlineData("Get the flour and the sugar into a large bowl.")]
    [InlineData("Today")]
    [InlineData("When you buy a house through an agent, the agent may earn a commission from the seller.")]
    [InlineData("We may earn less this year, the fishermen said, because the quotas were cut again.")]
    [InlineData("The museum is reader-supported in the sense that its visitors fund the library.")]
    public void LookalikesInTheBodyStay(string line)
    {
        var cleaned = Clean(Body1, line, Body2, Body3);
        Assert.Equal([Body1, line, Body2, Body3], cleaned.Kept());
    }

    [Theory]
    [InlineData("World", "Ferry vote splits the harbour town down the middle")]
    [InlineData("Arts & Culture", "A forgotten harbour painter finds her way back")]
    [InlineData("Wissenschaft", "Warum die Stadtbienen im Winter länger fliegen")]
    public void ASectionLabelAboveTheHeadlineIsNotTheTitle(string label, string headline)
    {
        var article = ConversionPipeline.Default.ConvertText(Blocks(label, headline, Body1, Body2), new ConversionOptions());
        Assert.Equal(headline, article.Title);
        Assert.Equal([Body1, Body2], article.Body.Select(b => b.PlainText));
        Assert.Contains(article.Removals, r => r.Text == label);
    }

    [Theory]
    [InlineData("Brexit", "Short")]
    [InlineData("Harbour Town Votes On New Ferry Plan", "The islanders wanted a bridge instead of boats")]
    public void AShortTitleOverAShortLineIsKept(string title, string next)
    {
        var article = ConversionPipeline.Default.ConvertText(Blocks(title, next, Body1, Body2), new ConversionOptions());
        Assert.Equal(title, article.Title);
    }
}
