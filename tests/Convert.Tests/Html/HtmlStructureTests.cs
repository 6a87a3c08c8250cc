using Convert.Core.Html;
using Convert.Core.Model;

namespace Convert.Tests.Html;

/// <summary>The structure the HTML reader keeps: list nesting and starts, sub/superscript, inline and block code.</summary>
public class HtmlStructureTests
{
    private static List<Block> Blocks(string html)
    {
        var page = PageBuilder.Build(html);
        return new HtmlBlockBuilder(new LinkResolver("https://example.com/post"))
            .Build(page.Body.Children).Select(b => b.Block).ToList();
    }

    [Fact]
    public void NestedLists_KeepTheirLevelAndKind()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Blocks(
            "<ol><li>one<ul><li>a<ol><li>deep</li></ol></li><li>b</li></ul></li><li>two</li></ol>")));

        Assert.Equal(["one", "a", "deep", "b", "two"], list.Items.Select(i => i.PlainText));
        Assert.Equal([0, 1, 2, 1, 0], list.Items.Select(i => i.Level));
        Assert.Equal([true, false, true, false, true], list.Items.Select(list.IsOrdered));
    }

    [Fact]
    public void ListStraightInsideAList_IsNestedOneLevelDeeper()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Blocks("<ul><li>one</li><ul><li>sub</li></ul><li>two</li></ul>")));

        Assert.Equal([0, 1, 0], list.Items.Select(i => i.Level));
    }

    [Fact]
    public void SubListInsideAWrapperOfTheItem_IsNested()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Blocks("<ul><li><div>one<ul><li>sub</li></ul></div></li></ul>")));

        Assert.Equal(["one", "sub"], list.Items.Select(i => i.PlainText));
        Assert.Equal([0, 1], list.Items.Select(i => i.Level));
    }

    [Theory]
    [InlineData("<ol start=\"5\"><li>a</li></ol>", 5)]
    [InlineData("<ol start=\" 0 \"><li>a</li></ol>", 0)]
    [InlineData("<ol start=\"x\"><li>a</li></ol>", 1)]
    [InlineData("<ol start=\"-3\"><li>a</li></ol>", 1)]
    [InlineData("<ul start=\"5\"><li>a</li></ul>", 1)]
    public void OrderedListStart_IsReadFromTheStartAttribute(string html, int start)
    {
        Assert.Equal(start, Assert.IsType<ListBlock>(Assert.Single(Blocks(html))).Start);
    }

    [Fact]
    public void SubAndSup_BecomeRunPositions()
    {
        var runs = Assert.IsType<Paragraph>(Assert.Single(Blocks("<p>H<sub>2</sub>O and E=mc<sup>2</sup></p>"))).Runs;

        Assert.Equal(["H", "2", "O and E=mc", "2"], runs.Select(r => r.Text));
        Assert.Equal([RunPosition.Baseline, RunPosition.Subscript, RunPosition.Baseline, RunPosition.Superscript], runs.Select(r => r.Position));
    }

    [Fact]
    public void InlineCode_IsACodeRun()
    {
        var runs = Assert.IsType<Paragraph>(Assert.Single(Blocks("<p>Run <code>make all</code> first.</p>"))).Runs;

        Assert.Equal(["Run ", "make all", " first."], runs.Select(r => r.Text));
        Assert.True(runs[1].Code);
    }

    [Fact]
    public void Pre_IsACodeBlockWithItsLanguageAndIndentation()
    {
        var code = Assert.IsType<CodeBlock>(Assert.Single(Blocks(
            "<pre><code class=\"hljs language-Python\">\ndef f():\n    return 1\n\n</code></pre>")));

        Assert.Equal("def f():\n    return 1", code.Text);
        Assert.Equal("python", code.Language);
    }

    [Fact]
    public void PreWithoutLanguage_HasNone()
    {
        Assert.Null(Assert.IsType<CodeBlock>(Assert.Single(Blocks("<pre>a  b</pre>"))).Language);
    }

    [Fact]
    public void PreInsideAListItem_StaysInTheItemAsCode()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Blocks("<ul><li>Run<pre>make all</pre></li></ul>")));

        Assert.Contains(list.Items[0].Runs, r => r.Code && r.Text == "make all");
    }

    [Fact]
    public void PageThroughThePipeline_KeepsCodeAsACodeBlock()
    {
        var article = HtmlRead.Article(HtmlRead.Page("""
            <article><h1>Test Page</h1>
            <p>A paragraph long enough to make this the article, with words about code and how it is laid out on paper.</p>
            <pre class="language-sh">make all
              --jobs 2</pre>
            <p>Another paragraph long enough to be kept as part of the body of this short test article here.</p>
            </article>
            """));

        var code = Assert.Single(article.Body.OfType<CodeBlock>());
        Assert.Equal("make all\n  --jobs 2", code.Text);
        Assert.Equal("sh", code.Language);
    }

    [Fact]
    public void SliceOfACodeBlock_KeepsItsLinesAsWritten()
    {
        // The cleaning rules cut blocks by their lines (the code's non-blank lines); the cut keeps indentation and
        // the blank lines between the lines it keeps.
        var code = new CodeBlock("first\n\n  second\nthird", null, SourceSpan.None);
        SourceLine[] lines = [new("first", SourceSpan.None), new("second", SourceSpan.None), new("third", SourceSpan.None)];
        var block = new SourceBlock(lines, SourceSpan.None, code);

        Assert.Equal("first\n\n  second", Assert.IsType<CodeBlock>(block.Slice(0, 2).Rich).Text);
        Assert.Equal("third", Assert.IsType<CodeBlock>(block.Slice(2, 1).Rich).Text);
    }

    [Fact]
    public void SliceOfAnOrderedList_KeepsTheNumbersOfItsItems()
    {
        var list = new ListBlock(true, [new ListItem("a"), new ListItem([Run.Plain("a1")], 1, false), new ListItem("b"), new ListItem("c")], SourceSpan.None, Start: 5);
        var lines = list.Items.Select(i => new SourceLine(i.PlainText, SourceSpan.None)).ToArray();
        var block = new SourceBlock(lines, SourceSpan.None, list);

        var rest = Assert.IsType<ListBlock>(block.Slice(2, 2).Rich);

        Assert.Equal(6, rest.Start);
        Assert.Equal(["b", "c"], rest.Items.Select(i => i.PlainText));
    }
}
