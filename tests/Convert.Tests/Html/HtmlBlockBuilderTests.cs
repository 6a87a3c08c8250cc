using Convert.Core.Html;
using Convert.Core.Model;

namespace Convert.Tests.Html;

public class HtmlBlockBuilderTests
{
    private static (List<Block> Blocks, IReadOnlyList<PageNode> Images) Build(string html)
    {
        var page = PageBuilder.Build(html);
        var builder = new HtmlBlockBuilder(new LinkResolver("https://example.com/blog/post"));
        var blocks = builder.Build(page.Body.Children).Select(b => b.Block).ToList();
        return (blocks, builder.Images);
    }

    private static List<Block> Blocks(string html) => Build(html).Blocks;

    private static string Dump(Block block) => block switch
    {
        Paragraph p => "P " + p.PlainText,
        Heading h => $"H{h.Level} {h.PlainText}",
        Quote q => "Q " + q.PlainText,
        ListBlock l => $"{(l.Ordered ? "OL" : "UL")} {string.Join(" | ", l.Items.Select(i => i.PlainText))}",
        CodeBlock c => "C " + c.Text,
        Table t => $"T{t.HeaderRows} {string.Join(" / ", t.Lines)}",
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    private static List<string> Dump(string html) => Blocks(html).Select(Dump).ToList();

    private static List<Run> Runs(string html) => Assert.IsType<Paragraph>(Assert.Single(Blocks(html))).Runs.ToList();

    [Fact]
    public void Headings_KeepTheirLevels()
    {
        Assert.Equal(["H1 One", "H2 Two", "H3 Three", "P Text"], Dump("<h1>One</h1><h2>Two</h2><h3>Three</h3><p>Text</p>"));
    }

    [Fact]
    public void DeepHeadings_KeepThePagesLevel_AndAreRankedIntoThreeLevelsAfterwards()
    {
        // The builder keeps h4-h6; HeadingLevels ranks the levels used, folding into 3 only what is deeper still.
        Assert.Equal(["H4 Four", "H5 Five", "H6 Six"], Dump("<h4>Four</h4><h5>Five</h5><h6>Six</h6>"));
        var ranked = HeadingLevels.Normalise(new HtmlBlockBuilder(new LinkResolver(null))
            .Build(PageBuilder.Build("<h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>").Body.Children));
        Assert.Equal([1, 2, 3, 3, 3], ranked.Select(b => ((Heading)b.Block).Level));
    }

    [Fact]
    public void Paragraphs_AreSeparateBlocks()
    {
        Assert.Equal(["P First.", "P Second."], Dump("<p>First.</p><p>Second.</p>"));
    }

    [Fact]
    public void TextBetweenBlocks_IsAParagraphOfItsOwn()
    {
        Assert.Equal(["P Loose text", "P Para", "P More loose"], Dump("<div>Loose text<p>Para</p>More loose</div>"));
    }

    [Fact]
    public void Br_IsALineBreakInsideTheParagraph()
    {
        Assert.Equal(["P Line one\nLine two"], Dump("<p>Line one<br>Line two</p>"));
    }

    [Fact]
    public void TwoBrs_SplitTheParagraph()
    {
        Assert.Equal(["P Part one", "P Part two"], Dump("<p>Part one<br>\n  <br/>Part two</p>"));
    }

    [Fact]
    public void LeadingBr_AddsNothing()
    {
        Assert.Equal(["P Text"], Dump("<p><br>Text<br></p>"));
    }

    [Fact]
    public void UnorderedAndOrderedLists_KeepTheOrderedFlag()
    {
        var blocks = Blocks("<ul><li>Apple</li><li>Pear</li></ul><ol><li>First</li><li>Second</li></ol>");

        var bullets = Assert.IsType<ListBlock>(blocks[0]);
        var numbers = Assert.IsType<ListBlock>(blocks[1]);
        Assert.False(bullets.Ordered);
        Assert.True(numbers.Ordered);
        Assert.Equal(["Apple", "Pear"], bullets.Items.Select(i => i.PlainText));
        Assert.Equal(["First", "Second"], numbers.Items.Select(i => i.PlainText));
    }

    [Fact]
    public void NestedLists_AreFlattenedAfterTheirParentItem()
    {
        var dump = Dump("<ul><li>Fruit<ul><li>Apple</li><li>Pear<ol><li>Conference</li></ol></li></ul></li><li>Vegetables</li></ul>");

        Assert.Equal(["UL Fruit | Apple | Pear | Conference | Vegetables"], dump);
    }

    [Fact]
    public void ListStraightInsideAList_KeepsItsItems()
    {
        // Invalid, but what many editors write for a sub-list.
        Assert.Equal(["UL A | A1 | A2 | B"], Dump("<ul><li>A</li><ul><li>A1</li><li>A2</li></ul><li>B</li></ul>"));
    }

    [Fact]
    public void ItemsWrappedInsideAList_AreKept()
    {
        Assert.Equal(["UL In a wrapper | Also wrapped | Plain"], Dump("<ul><div class=\"row\"><li>In a wrapper</li><li>Also wrapped</li></div><li>Plain</li></ul>"));
    }

    [Fact]
    public void TextAndParagraphsInsideAList_BecomeItems()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Blocks("<ol>Loose text<p>A <a href=\"/p\">linked</a> paragraph</p><li>Item</li></ol>")));

        Assert.Equal(["Loose text", "A linked paragraph", "Item"], list.Items.Select(i => i.PlainText));
        Assert.Contains(list.Items[1].Runs, r => r.LinkUrl == "https://example.com/p");
    }

    [Fact]
    public void EmptyListItems_AreLeftOut()
    {
        Assert.Equal(["UL One | Two"], Dump("<ul><li>One</li><li> </li><li>Two</li></ul>"));
    }

    [Fact]
    public void Blockquote_BecomesQuotes()
    {
        Assert.Equal(["P Before.", "Q Quoted one.", "Q Quoted two.", "P After."],
            Dump("<p>Before.</p><blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote><p>After.</p>"));
    }

    [Fact]
    public void BlockquoteWithBareText_IsOneQuote()
    {
        Assert.Equal(["Q To be or not to be."], Dump("<blockquote>To be or not <em>to be</em>.</blockquote>"));
    }

    [Fact]
    public void Pre_IsCodeThatKeepsLineEndsAndIndentation()
    {
        Assert.Equal(["C if (x)\n    y();\nz();"], Dump("<pre>\nif (x)\n    y();\nz();\n</pre>"));
    }

    [Fact]
    public void DataTable_IsOneTableWithItsCaptionHeaderRowAndRows()
    {
        var dump = Dump("""
            <table>
              <caption>Prices in 2024</caption>
              <thead><tr><th>Fruit</th><th>Price</th></tr></thead>
              <tbody><tr><td>Apple</td><td>1.20</td></tr><tr><td>Pear</td><td><b>0.90</b></td></tr></tbody>
            </table>
            """);

        Assert.Equal(["T1 Prices in 2024 / Fruit | Price / Apple | 1.20 / Pear | 0.90"], dump);
    }

    [Fact]
    public void EmptyCells_AreSkippedInARowsLine()
    {
        Assert.Equal(["T0 A | C"], Dump("<table><tr><td>A</td><td></td><td>C</td></tr></table>"));
    }

    [Fact]
    public void LayoutTable_GivesItsParagraphs()
    {
        Assert.Equal(["P First paragraph.", "P Second paragraph."],
            Dump("<table><tr><td><p>First paragraph.</p><p>Second paragraph.</p></td></tr></table>"));
    }

    [Fact]
    public void Figure_KeepsTheCaptionAndReportsTheImage()
    {
        var (blocks, images) = Build("<figure><img src=\"cat.jpg\" alt=\"A cat\"><figcaption>The cat on its mat.</figcaption></figure>");

        Assert.Equal(["P The cat on its mat."], blocks.Select(Dump));
        Assert.Equal("cat.jpg", Assert.Single(images).Attribute("src"));
    }

    [Fact]
    public void LinkedImageInAFigure_IsReportedOnce()
    {
        var (blocks, images) = Build("<figure><a href=\"big.jpg\"><img src=\"cat.jpg\" alt=\"A cat\"></a><figcaption>The cat.</figcaption></figure>");

        Assert.Equal(["P The cat."], blocks.Select(Dump));
        Assert.Equal("cat.jpg", Assert.Single(images).Attribute("src"));
    }

    [Fact]
    public void PictureInAFigure_IsReportedOnceByItsImg()
    {
        var (_, images) = Build("<figure><picture><source srcset=\"cat.webp\"><img src=\"cat.jpg\" alt=\"A cat\"></picture><figcaption>The cat.</figcaption></figure>");

        Assert.Equal("A cat", Assert.Single(images).Attribute("alt"));
    }

    [Fact]
    public void Picture_IsReportedByItsImg()
    {
        var (_, images) = Build("<p>See <picture><source srcset=\"cat.webp\"><img src=\"cat.jpg\" alt=\"A cat\"></picture> here.</p>");

        Assert.Equal("A cat", Assert.Single(images).Attribute("alt"));
    }

    [Fact]
    public void ImagesInParagraphs_AreReportedNotText()
    {
        var (blocks, images) = Build("<p>Look <img src=\"a.png\" alt=\"diagram\"> here.</p>");

        Assert.Equal(["P Look here."], blocks.Select(Dump));
        Assert.Single(images);
    }

    [Fact]
    public void Reader_KeepsACaptionedFigureImage_AndListsUncaptionedImagesInTheRemovals()
    {
        var article = HtmlRead.Article(HtmlRead.Page("""
            <article>
              <p>The harbour was quiet on Sunday morning, and the boats rocked gently at their moorings.</p>
              <figure><img src="/img/harbour.jpg" alt="Boats in the harbour"><figcaption>Boats in the harbour at dawn.</figcaption></figure>
              <p>By noon the fishermen had returned, and the market <img src="/img/icon.png" alt="market icon"> on the quay was busy with buyers.</p>
            </article>
            """));

        var figure = Assert.Single(article.Body.OfType<Figure>());
        Assert.Equal(("Boats in the harbour at dawn.", "Boats in the harbour"), (figure.CaptionText, figure.AltText));
        var image = Assert.Single(article.Removals, r => r.RuleId == "html-image");
        Assert.Equal(("image", "market icon"), (image.Category, image.Text));
    }

    [Fact]
    public void BoldItalicAndLinks_BecomeRuns()
    {
        var runs = Runs("<p>Plain <b>bold</b> and <em>italic</em> and <a href=\"/about\">a link</a> and <strong><i>both</i></strong>.</p>");

        Assert.Equal("Plain bold and italic and a link and both.", string.Concat(runs.Select(r => r.Text)));
        Assert.Contains(runs, r => r.Text.Trim() == "bold" && r.Bold && !r.Italic && r.LinkUrl is null);
        Assert.Contains(runs, r => r.Text.Trim() == "italic" && r.Italic && !r.Bold);
        Assert.Contains(runs, r => r.Text.Trim() == "a link" && r.LinkUrl == "https://example.com/about" && !r.Bold);
        Assert.Contains(runs, r => r.Text.Trim() == "both" && r.Bold && r.Italic);
        Assert.All(runs.Where(r => r.Text.Contains("Plain", StringComparison.Ordinal)), r => Assert.False(r.Bold || r.Italic));
    }

    [Fact]
    public void LinkWithoutUsableTarget_IsPlainText()
    {
        var runs = Runs("<p>Click <a href=\"javascript:void(0)\">here</a> now</p>");

        Assert.Equal([new Run("Click here now")], runs);
    }

    [Fact]
    public void NeighbouringRunsWithTheSameFormat_AreJoined()
    {
        var runs = Runs("<p><b>one</b><b> two</b><span> three</span></p>");

        Assert.Equal([new Run("one two", Bold: true), new Run(" three")], runs);
    }

    [Fact]
    public void BlockLang_AppliesToAllItsText()
    {
        var runs = Runs("<p lang=\"de\">Guten <b>Morgen</b></p>");

        Assert.All(runs, r => Assert.Equal("de", r.Language));
    }

    [Fact]
    public void SpanInTheArticlesOwnLanguage_IsNotMarked()
    {
        var article = HtmlRead.Article("""
            <html lang="en-GB"><head><title>Words</title></head><body><article>
            <p>She said <span lang="en">hello</span>, then <span lang="fr">bonjour</span>, and then nothing at all for the rest of the long afternoon by the river.</p>
            </article></body></html>
            """);

        var runs = article.Body.OfType<Paragraph>().SelectMany(p => p.Runs).ToList();
        Assert.Equal(["fr"], runs.Where(r => r.Language is not null).Select(r => r.Language));
    }

    [Fact]
    public void SpanLang_SetsTheRunLanguage()
    {
        var runs = Runs("<p>She said <span lang=\"fr\">bonjour</span> and left.</p>");

        Assert.Equal("She said bonjour and left.", string.Concat(runs.Select(r => r.Text)));
        Assert.Contains(runs, r => r.Text.Trim() == "bonjour" && r.Language == "fr");
        Assert.All(runs.Where(r => r.Text.Contains("said", StringComparison.Ordinal)), r => Assert.Null(r.Language));
    }

    [Fact]
    public void Whitespace_IsCollapsedAcrossInlineElements()
    {
        Assert.Equal(["P Hello big wide world"], Dump("<p>\n   Hello   <b> big </b>\n\n  <span>wide</span>\t world  </p>"));
    }

    [Fact]
    public void AdjacentInlineElements_AreNotSpaced()
    {
        Assert.Equal(["P unbreakable"], Dump("<p>un<b>break</b><i>able</i></p>"));
    }

    [Fact]
    public void WhitespaceOnlyParagraphs_GiveNoBlock()
    {
        Assert.Equal(["P Text"], Dump("<p>   </p><p>\n</p><p>Text</p><div> </div>"));
    }

    [Fact]
    public void Blocks_PointAtTheirElement()
    {
        var block = Assert.Single(Blocks("<div>\n<p>One</p></div>"));

        Assert.Equal(new SourceSpan(2, 2, "div/p"), block.Source);
    }
}
