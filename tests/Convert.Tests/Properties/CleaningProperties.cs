using System.Text;
using Convert.Core;
using Convert.Core.Model;
using Convert.Core.Validation;
using Convert.Core.Writing;
using Convert.Core.Writing.Json;
using Convert.Tests.Validation;
using CsCheck;

namespace Convert.Tests.Properties;

/// <summary>
/// Properties over generated articles with clutter lines inserted at random places: cleaning removes exactly what
/// was inserted and keeps every body sentence, cleaning its own output changes nothing, every output validates, and
/// the JSON reads back to the same bytes. CsCheck shrinks a failing article to a small one and prints its seed.
/// </summary>
public sealed class CleaningProperties
{
    private const string Title = "How the River Town Rebuilt Its Harbour";

    private static readonly string[] Words =
    [
        "harbour", "council", "river", "summer", "boat", "ferry", "quay", "stone", "engineer", "crane", "levy", "upkeep",
        "fishermen", "village", "market", "bridge", "weather", "tide", "harvest", "school", "families", "timber", "winter",
        "islanders", "museum", "library", "orchard", "workshop", "neighbours", "volunteers", "repairs", "lanterns",
    ];

    /// <summary>Lines built-in rules remove anywhere, wherever they stand.</summary>
    private static readonly string[] Clutter =
    [
        "Exit mobile version", "Skip to content", "Back to top", "Subscribe to our newsletter", "Advertisement",
        "Print this article", "Accept all cookies",
    ];

    private static readonly Gen<string> Sentence =
        Gen.Int[0, Words.Length - 1].Array[8, 14].Select(indexes =>
        {
            var words = indexes.Select(i => Words[i]).ToArray();
            return char.ToUpperInvariant(words[0][0]) + words[0][1..] + " " + string.Join(' ', words[1..4]) + ", "
                + string.Join(' ', words[4..]) + ".";
        });

    private static readonly Gen<string> Paragraph = Gen.Select(Sentence, Sentence, (a, b) => a + " " + b);

    /// <summary>Body paragraphs and clutter lines, each clutter line with the paragraph index it goes before.</summary>
    private static readonly Gen<GeneratedArticle> Articles =
        Gen.Select(Paragraph.Array[4, 9], Gen.Select(Gen.Int[0, 9], Gen.Int[0, Clutter.Length - 1]).Array[0, 5],
            (paragraphs, clutter) => new GeneratedArticle(paragraphs, clutter.Select(c => (Math.Min(c.Item1, paragraphs.Length), Clutter[c.Item2])).ToArray()));

    [Fact]
    public void CleaningRemovesTheInsertedClutterAndKeepsEverySentence() =>
        Articles.Sample(generated =>
        {
            var article = Convert(generated.Text);

            Assert.Equal(Title, article.Title);
            Assert.Equal(generated.Paragraphs, article.Body.Select(b => b.PlainText));
            Assert.Equal(generated.Clutter.Length, article.Removals.Count);
        }, iter: 150, print: g => g.Text);

    [Fact]
    public void CleaningTheCleanedTextChangesNothing() =>
        Articles.Sample(generated =>
        {
            var once = Convert(generated.Text);
            // The text written back without its header block of facts: what is cleaned again is the article's text.
            var twice = Convert(Write(once, "txt", frontMatter: false));

            Assert.Equal(once.Title, twice.Title);
            Assert.Equal(once.Body.Select(b => b.PlainText), twice.Body.Select(b => b.PlainText));
            Assert.Empty(twice.Removals);
        }, iter: 100, print: g => g.Text);

    [Fact]
    public void EveryOutputValidates() =>
        Articles.Sample(generated =>
        {
            var article = Convert(generated.Text);
            var settings = Validate.Settings();

            AssertNoErrors(FileValidator.Validate("a.json", Encoding.UTF8.GetBytes(Write(article, "json")), FileKind.Json, settings));
            AssertNoErrors(FileValidator.Validate("a.txt", Encoding.UTF8.GetBytes(Write(article, "txt")), FileKind.Text, settings));
            AssertNoErrors(FileValidator.Validate("a.md", Encoding.UTF8.GetBytes(Write(article, "md")), FileKind.Text, settings));
            AssertNoErrors(FileValidator.Validate("a.docx", Docx.Write(article), FileKind.Docx, settings, article));
        }, iter: 30, print: g => g.Text);

    [Fact]
    public void TheJsonReadsBackToTheSameBytes() =>
        Articles.Sample(generated =>
        {
            var json = Write(Convert(generated.Text), "json");

            Assert.Equal(json, Write(JsonArticleReader.Read(json), "json"));
        }, iter: 100, print: g => g.Text);

    private static Article Convert(string text) =>
        ConversionPipeline.Default.Convert(Encoding.UTF8.GetBytes(text), new ConversionOptions { SourcePath = "generated.txt" });

    private static string Write(Article article, string format, bool frontMatter = true)
    {
        using var output = new MemoryStream();
        ArticleWriters.Find(format)!.Write(article, output, WriterOptions.Default with { FrontMatter = frontMatter });
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static void AssertNoErrors(IReadOnlyList<Finding> findings)
    {
        var errors = findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.RuleId}: {f.Message}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>A generated article: its paragraphs, and clutter lines with the paragraph each goes before.</summary>
    private sealed record GeneratedArticle(string[] Paragraphs, (int Before, string Line)[] Clutter)
    {
        public string Text
        {
            get
            {
                var text = new StringBuilder(Title).Append("\n\n");
                for (var i = 0; i <= Paragraphs.Length; i++)
                {
                    foreach (var (_, line) in Clutter.Where(c => c.Before == i))
                        text.Append(line).Append("\n\n");
                    if (i < Paragraphs.Length)
                        text.Append(Paragraphs[i]).Append("\n\n");
                }
                return text.ToString();
            }
        }
    }
}
