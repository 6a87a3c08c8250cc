using Convert.Core.Model;

namespace Convert.Tests.Print;

/// <summary>
/// The measure as printed: LibreOffice lays out the long article on A4 and on Letter, and the full lines of its
/// longest paragraph (all but the paragraph's last) hold 60 to 75 characters, the comfortable reading length.
/// </summary>
public sealed class LibreOfficeMeasurePrintTests(PrintedDocuments printed) : IClassFixture<PrintedDocuments>
{
    [Theory]
    [InlineData(PrintedDocuments.LongArticleName)]
    [InlineData(PrintedDocuments.LongArticleLetterName)]
    public void TheLinesOfALongParagraphHold60To75Characters(string name)
    {
        var document = Printed(name);
        var paragraph = Collapse(document.Article.Body.OfType<Paragraph>().MaxBy(p => p.PlainText.Length)!.PlainText);
        Assert.True(paragraph.Length > 400, "the paragraph runs over several lines");

        var lengths = FullLinesOf(paragraph, document.LayoutText.Split('\n'));

        Assert.True(lengths.Count >= 4, $"{lengths.Count} full lines of the paragraph found in the printed text");
        Assert.InRange(lengths.Average(), 60, 75);
        Assert.All(lengths, length => Assert.InRange(length, 50, 80));
    }

    /// <summary>
    /// The lengths of the printed lines that are the paragraph's, one copy of it (the long article repeats it), up to
    /// the line where it ends; a line ending in a hyphen (automatic hyphenation) counts its hyphen.
    /// </summary>
    private static List<int> FullLinesOf(string paragraph, string[] layout)
    {
        var lengths = new List<int>();
        var position = 0;
        foreach (var raw in layout)
        {
            var line = Collapse(raw);
            var words = line.EndsWith('-') ? line[..^1] : line;
            var at = words.Length >= 10 ? paragraph.IndexOf(words, position, StringComparison.Ordinal) : -1;
            if (at < 0 || (lengths.Count > 0 && at > position + 1))
            {
                if (lengths.Count > 0)
                {
                    break;
                }

                continue;
            }

            position = at + words.Length;
            if (position >= paragraph.Length - 1)
            {
                // The paragraph's last line is as short as its last words.
                break;
            }

            lengths.Add(line.Length);
        }

        return lengths;
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
