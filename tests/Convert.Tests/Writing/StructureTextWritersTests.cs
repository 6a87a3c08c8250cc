using Convert.Core.Writing;

namespace Convert.Tests.Writing;

public class StructureTextWritersTests
{
    [Fact]
    public void Markdown_NestsListsFromTheirStartAndFencesCode()
    {
        var markdown = MarkdownArticleWriter.ToMarkdown(StructureArticles.WithStructure, frontMatter: false);

        Assert.Contains(
            """
            5. Read the logger.
            6. Convert pressure
               1. subtract air
               2. divide by g
            7. Smooth
               - moving average
                 - monthly files
            8. Plot.
            """.ReplaceLineEndings("\n"), markdown, StringComparison.Ordinal);
        Assert.Contains("```python\ndef height_m(p):\n    return p / 1025.0  # metres\n```", markdown, StringComparison.Ordinal);
        Assert.Contains("Water is H<sub>2</sub>O and E=mc<sup>2</sup>; call `height_m()`.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_CodeHoldingBackticks_GetsALongerFence()
    {
        var article = StructureArticles.WithStructure with
        {
            Body = [new Convert.Core.Model.CodeBlock("```\nnot the end\n```", null, Convert.Core.Model.SourceSpan.None)],
        };

        Assert.Contains("````\n```\nnot the end\n```\n````", MarkdownArticleWriter.ToMarkdown(article, frontMatter: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_IndentsNestedItemsAndCodeAndWritesUnicodeScripts()
    {
        var text = PlainTextArticleWriter.ToText(StructureArticles.WithStructure, headerBlock: false);

        Assert.Contains("5. Read the logger.\n6. Convert pressure\n   1. subtract air\n", text, StringComparison.Ordinal);
        Assert.Contains("7. Smooth\n   - moving average\n     - monthly files\n8. Plot.", text, StringComparison.Ordinal);
        Assert.Contains("    def height_m(p):\n        return p / 1025.0  # metres", text, StringComparison.Ordinal);
        Assert.Contains("Water is H₂O and E=mc²; call height_m().", text, StringComparison.Ordinal);
    }
}
