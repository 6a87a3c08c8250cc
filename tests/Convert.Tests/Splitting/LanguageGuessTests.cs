using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class LanguageGuessTests
{
    private const string English = "The council voted on Tuesday to close the road for the summer, and the shops that depend on it were not happy with the decision. It is the second time this year that the road has been closed, which the owners say has cost them dearly. The council said that the work was needed and that it would be finished by the end of August, before the schools open again for the autumn term.";
    private const string German = "Der Stadtrat hat am Donnerstag mit großer Mehrheit den Bau von drei neuen Radwegen beschlossen. Die Strecken sollen die Innenstadt mit den Wohngebieten im Norden verbinden, und die Arbeiten beginnen im Frühjahr. Die Kosten trägt zu zwei Dritteln das Land, den Rest zahlt die Stadt. Kritik kam von der Opposition, die die Planung für zu wenig ehrgeizig hält und mehr Fahrradstraßen in der Altstadt fordert, weil die Wege sonst nicht sicher sind.";
    private const string French = "Le conseil municipal a voté mardi la fermeture de la route pour l'été, et les commerçants qui en dépendent ne sont pas contents. C'est la deuxième fois cette année que la route est fermée, ce qui leur coûte cher selon eux. Le conseil a indiqué que les travaux étaient nécessaires et qu'ils seraient terminés avant la rentrée, pour que les élèves puissent aller à l'école sans détour dans les rues du centre.";
    private const string Spanish = "El ayuntamiento votó el martes el cierre de la carretera durante el verano, y los comercios que dependen de ella no están contentos con la decisión. Es la segunda vez este año que se cierra la carretera, lo que según los dueños les ha costado caro. El ayuntamiento dijo que las obras eran necesarias y que estarían terminadas antes de que los colegios abran de nuevo para el curso, por lo que pidió paciencia a los vecinos del barrio.";

    [Theory]
    [InlineData(English, "en")]
    [InlineData(German, "de")]
    [InlineData(French, "fr")]
    [InlineData(Spanish, "es")]
    public void ALongTextIsGuessed(string text, string expected) => Assert.Equal(expected, LanguageGuess.Guess([text]));

    [Fact]
    public void AShortTextIsNotGuessed() => Assert.Null(LanguageGuess.Guess(["The road is closed."]));

    [Fact]
    public void AnEvenMixIsNotGuessed() => Assert.Null(LanguageGuess.Guess([English, German]));

    [Fact]
    public void LatinFillerIsNotTakenForFrench() =>
        Assert.Null(LanguageGuess.Guess([string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. ", 5))]));

    [Fact]
    public void CzechIsNotTakenForPortuguese() =>
        Assert.Null(LanguageGuess.Guess([string.Concat(Enumerable.Repeat("Vláda se na svém zasedání dohodla, že do konce roku připraví nový zákon o dopravě a o financování silnic. Ministr uvedl, že na opravy půjde více peněz než loni a že se počítá i s novými úseky dálnic. ", 6))]));

    [Fact]
    public void TextWithoutTheseLanguagesIsNotGuessed() =>
        Assert.Null(LanguageGuess.Guess([string.Concat(Enumerable.Repeat("廃線となった山里線の旧駅舎が、地域の小さな図書館として生まれ変わった。", 20))]));
}
