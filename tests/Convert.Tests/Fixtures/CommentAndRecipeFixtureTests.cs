using Convert.Core.Model;

namespace Convert.Tests.Fixtures;

/// <summary>
/// What the comment-thread, recipe-card and small-shape fixtures must give, stated without the golden files: every
/// body paragraph kept in order, every comment removed with category "comments", no commenter among the authors.
/// </summary>
public sealed class CommentAndRecipeFixtureTests
{
    /// <param name="Name">The fixture.</param>
    /// <param name="Title">The expected title.</param>
    /// <param name="Body">The start of each body block, in order, and nothing else.</param>
    /// <param name="Comments">The start of lines that must be removed as comments.</param>
    /// <param name="Commenters">Names that must not be authors.</param>
    /// <param name="Authors">The expected author names.</param>
    public sealed record Shape(string Name, string Title, string[] Body, string[] Comments, string[] Commenters, string[] Authors)
    {
        public override string ToString() => Name;
    }

    private static readonly Shape[] Shapes =
    [
        new("comments-wordpress-says", "How We Rebuilt the Old Mill Bridge",
            ["The old mill bridge had carried", "The masons began in June.", "Work finished in February"],
            ["3 thoughts on", "Margaret Ellison says:", "March 3, 2025 at 9:12 am", "I walked over it this morning", "Reply",
             "Tom Buckley says: March 3, 2025 at 11:40 am", "Great write-up.", "Hannah Fielding says:", "Tom, the railings went",
             "Leave a Reply", "Your email address will not be published", "Comment *", "Name *", "Email *", "Website", "Post Comment"],
            ["Margaret Ellison", "Tom Buckley"], ["Hannah Fielding"]),
        new("comments-german-sagt", "Warum die Stadtbienen im Winter länger fliegen",
            ["Imkerinnen in Leipzig beobachten", "Im vergangenen Januar zählten", "Ob die Völker davon profitieren"],
            ["3 Kommentare zu", "Anna Berger sagt:", "4. März 2025 um 09:12 Uhr", "Sehr spannend!", "Antworten", "Jens Hoffmann sagt:",
             "Gibt es schon Zahlen", "Katrin Wolff sagt:", "Lieber Herr Hoffmann", "Schreibe einen Kommentar",
             "Deine E-Mail-Adresse wird nicht veröffentlicht", "Kommentar *", "E-Mail *", "Kommentar abschicken"],
            ["Anna Berger", "Jens Hoffmann"], ["Katrin Wolff"]),
        new("comments-french-three-line", "Le marché couvert de Saint-Aubin rouvre après deux ans de travaux",
            ["Le marché couvert de Saint-Aubin a rouvert", "La charpente métallique", "« Nous avons voulu garder"],
            ["Sophie Lambert", "12 mars 2025 à 14 h 05", "Enfin !", "Marc Dubreuil", "Dommage que le parking",
             "Vous devez vous connecter pour publier un commentaire"],
            ["Sophie Lambert", "Marc Dubreuil"], ["Julien Morel"]),
        new("comments-spanish-dice", "El nuevo puente peatonal de Vilanova abrirá en mayo",
            ["El ayuntamiento de Vilanova", "El alcalde dice: «el puente", "La obra, de ciento veinte metros"],
            ["2 comentarios", "Carlos Pérez dice:", "Ya era hora.", "Responder", "Marta Soler dice: 6 de marzo", "¿Se sabe si tendrá",
             "Deja una respuesta", "Tu dirección de correo electrónico", "Comentario *", "Nombre *", "Correo electrónico *", "Publicar el comentario"],
            ["Carlos Pérez", "Marta Soler"], ["Lucía Fernández"]),
        new("recipe-card-reviews", "Smoky Tomato and White Bean Soup",
            ["This is the soup I make", "The smoked paprika does", "Smoky Tomato and White Bean Soup", "Prep Time 10 mins",
             "Cook Time 30 mins", "Servings 4", "Ingredients", "2 tablespoons olive oil", "Instructions", "Warm the oil"],
            ["12 Comments", "★★★★★", "Susan Marsh — March 8, 2025", "Made this last night", "Reply", "★★★★☆", "Peter Vance — March 9",
             "Very good, though"],
            ["Susan Marsh", "Peter Vance"], ["Rosa Delgado"]),
        new("recipe-card-italian", "Torta di mele della nonna",
            ["Questa è la torta", "Il segreto è tagliare", "Torta di mele della nonna", "Ingredienti", "3 mele", "Preparazione", "Sbatti le uova"],
            ["2 commenti", "Giulia Rossi — 9 marzo 2025 alle 12:30", "L'ho preparata ieri sera", "Rispondi", "Paolo Conti — 10 marzo",
             "Ottima ricetta", "Lascia un commento Annulla risposta", "Il tuo indirizzo email non sarà pubblicato"],
            ["Giulia Rossi", "Paolo Conti"], []),
    ];

    public static TheoryData<Shape> All() => new(Shapes);

    [Theory]
    [MemberData(nameof(All))]
    public void EveryBodyParagraphIsKeptInOrderAndNothingElse(Shape c)
    {
        var article = FixtureFiles.Convert(c.Name);
        Assert.Equal(c.Title, article.Title);
        Assert.Equal(c.Body.Length, BodyTexts(article).Count);
        Assert.All(c.Body.Zip(BodyTexts(article)), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void EveryCommentLineIsRemovedAsComments(Shape c)
    {
        var comments = FixtureFiles.Convert(c.Name).Removals.Where(r => r.Category == "comments").Select(r => r.Text).ToList();
        Assert.All(c.Comments, line => Assert.Contains(comments, text => text.StartsWith(line, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void NoCommenterBecomesAnAuthor(Shape c)
    {
        var article = FixtureFiles.Convert(c.Name);
        Assert.Equal(c.Authors, article.Authors.Select(a => a.Name));
        Assert.DoesNotContain(article.Authors.SelectMany(a => a.Bio), bio => c.Commenters.Any(n => bio.Contains(n, StringComparison.Ordinal)));
        Assert.DoesNotContain(article.Warnings, w => w.Code == WarningCodes.KeptInBody);
    }

    [Fact]
    public void TheAuthorBoxBeforeTheThreadKeepsItsBio()
    {
        var author = Assert.Single(FixtureFiles.Convert("comments-german-sagt").Authors);
        Assert.StartsWith("Katrin Wolff schreibt seit 2015", Assert.Single(author.Bio), StringComparison.Ordinal);
    }

    [Fact]
    public void RecipeChromeGoesButTheRecipeKeepsItsLists()
    {
        var article = FixtureFiles.Convert("recipe-card-reviews");
        var removed = article.Removals.DistinctBy(r => r.Text).ToDictionary(r => r.Text, r => r.Category);
        Assert.Equal("recipe-card", removed["Jump to Recipe Print Recipe"]);
        Assert.Equal("recipe-card", removed["Print Recipe Pin Recipe"]);
        Assert.Equal("recipe-card", removed["4.8 from 23 votes"]);
        Assert.Equal("recipe-card", removed["Rate this recipe"]);
        Assert.Equal("recipe-card", removed["Made this recipe? Tag us on Instagram @rosaskitchen so we can see it!"]);
        Assert.Equal("affiliate", article.Removals.Single(r => r.Text.StartsWith("This post may contain affiliate links", StringComparison.Ordinal)).Category);
        var lists = article.Body.OfType<ListBlock>().ToList();
        Assert.Equal([7, 4], lists.Select(l => l.Items.Count));
        Assert.Equal([false, true], lists.Select(l => l.Ordered));
    }

    [Fact]
    public void SectionLabelIsNotTheTitleAndSmallShapesGo()
    {
        var article = FixtureFiles.Convert("section-label-credits");
        Assert.Equal("A forgotten harbour painter finds her way back to the museum walls", article.Title);
        Assert.Equal(3, article.Body.Count);
        Assert.Equal(["Museums", "Painting", "Arts"], article.Metadata.Tags);
        var removed = article.Removals.ToDictionary(r => r.Text, r => r.RuleId);
        Assert.Equal("section-label", removed["Arts & Culture"]);
        Assert.Equal("relative-time", removed["Updated 3 hours ago"]);
        Assert.Equal("image-credit", removed["(Photo: Reuters)"]);
        Assert.Equal("image-credit", removed["Image credit: Harbour Museum via Wikimedia Commons"]);
        Assert.Equal("newsletter-prompt", removed["Want more stories like this? Sign up for our free weekly arts newsletter."]);
    }

    private static List<string> BodyTexts(Article article) =>
        article.Body.Select(b => b.PlainText).ToList();
}
