using Convert.Core.Model;

namespace Convert.Tests.Print;

/// <summary>
/// The Word output checked in a real word processor: LibreOffice opens each document and prints it to PDF, and
/// the printed text must hold every body word in order, no clutter, a sane number of pages and "Page 1 of N" in the
/// footer. Without LibreOffice the tests are skipped with a message saying so; CI installs it, and sets
/// DECLUTTER_REQUIRE_LIBREOFFICE=1 so that there a missing install fails instead of skipping.
/// </summary>
public sealed class LibreOfficePrintTests(PrintedDocuments printed) : IClassFixture<PrintedDocuments>
{
    // Generous for the 12-point serif body on A4 or Letter: a page holds 400 to 550 words.
    private const int WordsPerPageAtLeast = 250;

    public static TheoryData<string> Documents() => new([.. PrintedDocuments.FixtureNames, PrintedDocuments.LongArticleName]);

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryBodyWordIsPrintedInOrder(string name)
    {
        var document = Printed(name);

        var missing = PrintedWords.FirstMissing(PrintedWords.Of(BodyText(document.Article)), PrintedWords.Of(document.PdfText));

        Assert.True(missing is null, $"{name}: {missing} is not in the printed text");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void NoClutterIsPrinted(string name)
    {
        var document = Printed(name);
        var printedWords = PrintedWords.Of(document.PdfText);
        var printedLines = document.PdfText.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        // Short removals ("Share.") may be ordinary words in a sentence, so only a line of their own counts for them.
        var leftovers = document.Article.Removals
            .Where(r => PrintedWords.Of(r.Text) is { Count: >= 3 } words ? PrintedWords.ContainsPhrase(printedWords, words) : printedLines.Contains(r.Text.Trim()))
            .Select(r => $"{r.RuleId}: {r.Text}")
            .ToList();

        Assert.Empty(leftovers);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ThePageCountIsSaneAndEveryPageSaysPageNOfM(string name)
    {
        var document = Printed(name);
        var pages = document.Pages;
        var words = PrintedWords.Of(BodyText(document.Article)).Count;

        Assert.InRange(pages.Count, 1, 1 + (words / WordsPerPageAtLeast));
        for (var page = 1; page <= pages.Count; page++)
        {
            Assert.Contains($"Page {page} of {pages.Count}", pages[page - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheLongArticleTakesSeveralPagesWithTheShortTitleOnEachButTheFirst()
    {
        const string title = "A Long Article Printed Over Several Pages";
        var document = Printed(PrintedDocuments.LongArticleName);

        Assert.True(document.Pages.Count >= 3, $"expected at least 3 pages, got {document.Pages.Count}");
        // Page 1 shows the title once, as the title: no running head above it. At the display size the title takes
        // two lines of the measure, so the page's line breaks are read as spaces.
        var firstPage = string.Join(' ', document.Pages[0].Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(firstPage, System.Text.RegularExpressions.Regex.Escape(title)));
        Assert.All(document.Pages.Skip(1), page => Assert.Contains(title, page, StringComparison.Ordinal));
    }

    private PrintedDocument Printed(string name)
    {
        if (printed.MissingTools is { } missing)
        {
            Assert.False(Environment.GetEnvironmentVariable("DECLUTTER_REQUIRE_LIBREOFFICE") == "1",
                $"{missing}, but DECLUTTER_REQUIRE_LIBREOFFICE=1 requires the print tests to run");
            Assert.Skip($"{missing}: the .docx output is not checked in a word processor " +
                "(install with: apt-get install -y libreoffice-writer-nogui poppler-utils)");
        }

        return printed[name];
    }

    // Code and tables are left out here: pdftotext reads text aligned in columns column by column, and a table cell
    // that wraps interleaves its lines with its neighbours', so code lines and table rows are checked with the layout
    // kept in LibreOfficeStructurePrintTests.
    private static string BodyText(Article article) =>
        string.Join('\n', article.Body.Where(b => b is not (CodeBlock or Table)).Select(b => b.PlainText).Concat(article.Authors.SelectMany(a => a.Bio)));
}
