using System.Text;
using Convert.Core;
using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Tests.Languages;

/// <summary>
/// A scraped article in another language whose byline carries the date ("Von Anna Schmidt | 3. März 2025"): the
/// date is read into the metadata and printed, in the article's language, by every writer.
/// </summary>
public class ForeignBylineDateTests
{
    public static TheoryData<string, string, string, string> Bylines => new()
    {
        { "de", "Von Anna Schmidt | 3. März 2025", "2025-03-03", "3. März 2025" },
        { "de", "Von Anna Schmidt | 3. Mär. 2025", "2025-03-03", "3. März 2025" },
        { "de", "Von Anna Schmidt | 14. Dez. 2024", "2024-12-14", "14. Dezember 2024" },
        { "fr", "Par Marie Dubois | 3 mars 2025", "2025-03-03", "3 mars 2025" },
        { "fr", "Par Marie Dubois | 3 déc. 2025", "2025-12-03", "3 décembre 2025" },
        { "fr", "Par Marie Dubois | 1er févr. 2025", "2025-02-01", "1 février 2025" },
        { "es", "Por Lucía García | 3 de marzo de 2025", "2025-03-03", "3 de marzo de 2025" },
        { "es", "Por Lucía García | 3 dic. 2025", "2025-12-03", "3 de diciembre de 2025" },
        { "it", "Di Giulia Rossi | 3 marzo 2025", "2025-03-03", "3 marzo 2025" },
        { "it", "Di Giulia Rossi | 3 ott. 2025", "2025-10-03", "3 ottobre 2025" },
        { "pt", "Por Ana Souza | 3 de março de 2025", "2025-03-03", "3 de março de 2025" },
        { "pt", "Por Ana Souza | 3 dez. 2025", "2025-12-03", "3 de dezembro de 2025" },
        { "nl", "Door Sanne Jansen | 3 maart 2025", "2025-03-03", "3 maart 2025" },
        { "nl", "Door Sanne Jansen | 3 mrt. 2025", "2025-03-03", "3 maart 2025" },
    };

    [Theory]
    [MemberData(nameof(Bylines))]
    public void TheBylinesDateIsReadAndPrintedInTheArticlesLanguage(string language, string byline, string iso, string printed)
    {
        var article = ConversionPipeline.Default.ConvertText(Scrape(language, byline), ConversionOptions.Default);

        Assert.Equal(language, article.Metadata.Language);
        Assert.Equal(iso, article.Metadata.Published);
        Assert.Contains(printed, Write(article, "md"), StringComparison.Ordinal);
        Assert.Contains(printed, Write(article, "txt"), StringComparison.Ordinal);
        Assert.Contains("[Date] " + printed, DocxDump(article), StringComparison.Ordinal);
    }

    private static string DocxDump(Article article)
    {
        using var stream = new MemoryStream();
        ArticleWriters.Find("docx")!.Write(article, stream, WriterOptions.Default);
        stream.Position = 0;
        return DocxTextDump.Dump(stream);
    }

    private static string Write(Article article, string format)
    {
        using var stream = new MemoryStream();
        ArticleWriters.Find(format)!.Write(article, stream, WriterOptions.Default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // A blank line between title and byline: a sentence-case title directly above a shorter line reads as a wrapped
    // paragraph to the text reader, whatever the language.
    private static string Scrape(string language, string byline) =>
        Titles[language] + "\n\n" + byline + "\n\n" + string.Join("\n\n", Bodies[language]) + "\n";

    [Fact]
    public void TheGermanBylineRightUnderItsTitleKeepsItsDate()
    {
        var text = Titles["de"] + "\nVon Anna Schmidt | 3. März 2025\n\n" + string.Join("\n\n", Bodies["de"]) + "\n";

        var article = ConversionPipeline.Default.ConvertText(text, ConversionOptions.Default);

        Assert.Equal(Titles["de"], article.Title);
        Assert.Equal("2025-03-03", article.Metadata.Published);
        Assert.Equal("Anna Schmidt", Assert.Single(article.Authors).Name);
        Assert.Contains("Von Anna Schmidt \u2014 3. März 2025", Write(article, "md"), StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, string> Titles = new()
    {
        ["de"] = "Neue Radwege für die Innenstadt",
        ["fr"] = "La route du centre fermée tout l'été",
        ["es"] = "La carretera del centro, cerrada todo el verano",
        ["it"] = "La strada del centro chiusa per tutta l'estate",
        ["pt"] = "A estrada do centro fechada durante o verão",
        ["nl"] = "De weg door het centrum gaat de hele zomer dicht",
    };

    private static readonly Dictionary<string, string[]> Bodies = new()
    {
        ["de"] =
        [
            "Der Stadtrat hat am Donnerstag mit großer Mehrheit den Bau von drei neuen Radwegen beschlossen. Die Strecken sollen die Innenstadt mit den Wohngebieten im Norden verbinden, und die Arbeiten beginnen im Frühjahr.",
            "Die Kosten trägt zu zwei Dritteln das Land, den Rest zahlt die Stadt. Kritik kam von der Opposition, die die Planung für zu wenig ehrgeizig hält und mehr Fahrradstraßen in der Altstadt fordert, weil die Wege sonst nicht sicher sind.",
            "Die Verwaltung will die Pläne im Sommer vorstellen. Bis dahin sollen auch die Anwohner ihre Vorschläge einbringen können, die dann in die Planung aufgenommen werden.",
        ],
        ["fr"] =
        [
            "Le conseil municipal a voté mardi la fermeture de la route pour l'été, et les commerçants qui en dépendent ne sont pas contents. C'est la deuxième fois cette année que la route est fermée.",
            "Selon eux, cela leur coûte cher. Le conseil a indiqué que les travaux étaient nécessaires et qu'ils seraient terminés avant la rentrée, pour que les élèves puissent aller à l'école sans détour dans les rues du centre.",
            "La mairie a promis une aide pour les commerces qui perdent des clients pendant les travaux, mais elle n'a pas encore dit quel sera son montant.",
        ],
        ["es"] =
        [
            "El ayuntamiento votó el martes el cierre de la carretera durante el verano, y los comercios que dependen de ella no están contentos con la decisión. Es la segunda vez este año que se cierra la carretera.",
            "Según los dueños, el cierre les ha costado caro. El ayuntamiento dijo que las obras eran necesarias y que estarían terminadas antes de que los colegios abran de nuevo para el curso.",
            "Por eso pidió paciencia a los vecinos del barrio, y prometió una ayuda para los comercios que pierden clientes durante las obras, pero no dijo cuál será su importe.",
        ],
        ["it"] =
        [
            "Il consiglio comunale ha votato martedì la chiusura della strada per tutta l'estate, e i negozi che ne dipendono non sono contenti. È la seconda volta quest'anno che la strada viene chiusa.",
            "Secondo i commercianti la chiusura costa cara. Il comune ha detto che i lavori sono necessari e che saranno finiti prima dell'inizio della scuola, perché gli studenti possano arrivare senza deviazioni.",
            "Il sindaco ha promesso un aiuto per i negozi che perdono clienti durante i lavori, ma non ha ancora detto quale sarà la cifra. Anche le associazioni del quartiere chiedono di essere ascoltate.",
            "Per il comitato dei residenti è una decisione che non tiene conto della vita del quartiere. Il presidente del comitato ha detto che si tratta di una scelta presa senza parlare con chi vive nelle vie della zona, e che anche la raccolta delle firme è già cominciata.",
        ],
        ["pt"] =
        [
            "A câmara municipal votou na terça-feira o fecho da estrada durante o verão, e os comerciantes que dependem dela não estão contentes com a decisão. É a segunda vez este ano que a estrada é fechada.",
            "Segundo os donos das lojas, o fecho custa caro. A câmara disse que as obras são necessárias e que estarão terminadas antes do regresso às aulas, para que os alunos possam ir para a escola sem desvios.",
            "O presidente da câmara prometeu uma ajuda para as lojas que perdem clientes durante as obras, mas não disse qual será o valor. Os moradores do bairro pedem mais informação sobre os prazos.",
        ],
        ["nl"] =
        [
            "De gemeenteraad heeft dinsdag besloten om de weg door het centrum de hele zomer af te sluiten, en de winkeliers die ervan afhankelijk zijn, zijn daar niet blij mee. Het is de tweede keer dit jaar dat de weg dicht gaat.",
            "Volgens de eigenaren kost dat hun veel geld. De gemeente zegt dat het werk nodig is en dat het klaar zal zijn voor de scholen weer beginnen, zodat de leerlingen zonder omweg naar school kunnen.",
            "De burgemeester heeft een vergoeding beloofd voor de winkels die klanten verliezen, maar hij heeft nog niet gezegd hoe hoog die zal zijn. Ook de bewoners van de wijk willen meer weten over de planning.",
        ],
    };
}
