using Convert.Core.Model;

namespace Convert.Tests.Print;

/// <summary>
/// The article's structure as printed by LibreOffice: nested list items indented under their parent, a list numbered
/// from its start, code in a monospace font, table cells in row order, and no hyphenation inside titles and headings.
/// </summary>
public sealed class LibreOfficeStructurePrintTests(PrintedDocuments printed) : IClassFixture<PrintedDocuments>
{
    public static TheoryData<string> Documents() => new([.. PrintedDocuments.FixtureNames, PrintedDocuments.LongArticleName]);

    [Fact]
    public void NestedListItemsArePrintedIndentedUnderTheirParentAndNumberedFromTheStart()
    {
        var layout = Printed(PrintedDocuments.StructureName).LayoutText.Split('\n');

        Assert.True(Indent(layout, "subtract the air pressure") > Indent(layout, "Convert pressure to height"));
        Assert.True(Indent(layout, "compressed, one file per month") > Indent(layout, "keep the raw values"));
        Assert.Equal(Indent(layout, "Read the raw pressure"), Indent(layout, "Plot the smoothed heights"));
        Assert.Matches(@"^\s*5\.\s+Read the raw pressure", Line(layout, "Read the raw pressure"));
        Assert.Matches(@"^\s*8\.\s+Plot the smoothed heights", Line(layout, "Plot the smoothed heights"));
        Assert.Matches(@"^\s*1\.\s+subtract the air pressure", Line(layout, "subtract the air pressure"));
    }

    [Fact]
    public void CodeIsPrintedInAMonospaceFontWithItsIndentation()
    {
        var document = Printed(PrintedDocuments.StructureName);
        Assert.SkipWhen(document.Fonts is null, "pdffonts (poppler-utils) is not installed");

        Assert.Matches("(?i)(mono|courier)", document.Fonts);
        var layout = document.LayoutText.Split('\n');
        Assert.True(Indent(layout, "return (pressure_pa") > Indent(layout, "def height_m"));
        var printedLines = layout.Select(Collapse).ToHashSet(StringComparer.Ordinal);
        var codeLines = document.Article.Body.OfType<CodeBlock>().SelectMany(c => c.Text.Split('\n')).Select(Collapse).Where(l => l.Length > 0);
        Assert.All(codeLines, line => Assert.Contains(line, printedLines));
    }

    [Fact]
    public void TableCellsArePrintedInRowOrderWithTheCaptionAbove()
    {
        var document = Printed(PrintedDocuments.TableName);
        var layout = document.LayoutText.Split('\n');
        var table = Assert.Single(document.Article.Body.OfType<Table>());

        // Long cells wrap inside their column, so each row is found by its one-word cells, which print on one line.
        var previous = Array.FindIndex(layout, l => l.Contains(table.CaptionText, StringComparison.Ordinal));
        Assert.True(previous >= 0, "the caption is printed on one line");
        foreach (var row in table.Rows)
        {
            var words = row.Cells.Select(c => c.PlainText).Where(t => t.Length > 0 && !t.Any(char.IsWhiteSpace)).ToList();
            var pattern = string.Join(".*", words.Select(w => $@"(?<!\S){System.Text.RegularExpressions.Regex.Escape(w)}(?!\S)"));
            var line = Array.FindIndex(layout, previous + 1, l => System.Text.RegularExpressions.Regex.IsMatch(l, pattern));
            Assert.True(line > previous, $"the cells {string.Join(", ", words)} follow the row above on one line");
            previous = line;
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void TitlesAndHeadingsAreNotHyphenated(string name)
    {
        var document = Printed(name);
        var printedText = Collapse(document.PdfText);

        var headings = document.Article.Body.OfType<Heading>().Select(h => h.PlainText).Append(document.Article.Title ?? "");
        Assert.All(headings.Where(h => h.Length > 0), heading => Assert.Contains(Collapse(heading), printedText, StringComparison.Ordinal));
    }

    private static string Line(string[] layout, string text) => layout.First(l => l.Contains(text, StringComparison.Ordinal));

    private static int Indent(string[] layout, string text)
    {
        var line = Line(layout, text);
        // The marker ("5.", "•") stands before the text: measure where the text itself starts.
        return line.IndexOf(text, StringComparison.Ordinal);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\f', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private PrintedDocument Printed(string name)
    {
        if (printed.MissingTools is { } missing)
        {
            Assert.False(Environment.GetEnvironmentVariable("DECLUTTER_REQUIRE_LIBREOFFICE") == "1",
                $"{missing}, but DECLUTTER_REQUIRE_LIBREOFFICE=1 requires the print tests to run");
            Assert.Skip($"{missing}: the .docx output is not checked in a word processor");
        }

        return printed[name];
    }
}
